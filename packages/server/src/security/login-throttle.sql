-- reserveAccountQuery
update "app_user" set "failed_logins" = CASE WHEN "app_user"."last_failed_login_at" IS NULL OR "app_user"."last_failed_login_at" < now() - make_interval(secs => $1)
      THEN 1 ELSE "app_user"."failed_logins" + 1 END, "locked_until" = CASE WHEN CASE WHEN "app_user"."last_failed_login_at" IS NULL OR "app_user"."last_failed_login_at" < now() - make_interval(secs => $2)
      THEN 1 ELSE "app_user"."failed_logins" + 1 END <= $3 THEN NULL::timestamptz
    ELSE now() + make_interval(secs => least($4::float8,
      $5::float8 * power(2, least(CASE WHEN "app_user"."last_failed_login_at" IS NULL OR "app_user"."last_failed_login_at" < now() - make_interval(secs => $6)
      THEN 1 ELSE "app_user"."failed_logins" + 1 END - $7 - 1, 30)))) END, "last_failed_login_at" = now() where ("app_user"."id" = $8 and ("app_user"."locked_until" is null or "app_user"."locked_until" <= now())) returning "failed_logins";

-- reserveKeyQuery
insert into "login_throttle" ("key", "failures", "last_failure_at", "blocked_until") values ($1, $2, default, CASE WHEN 1 <= $3 THEN NULL::timestamptz
    ELSE now() + make_interval(secs => least($4::float8,
      $5::float8 * power(2, least(1 - $6 - 1, 30)))) END) on conflict ("key") do update set "failures" = CASE WHEN "login_throttle"."last_failure_at" < now() - make_interval(secs => $7)
    THEN 1 ELSE "login_throttle"."failures" + 1 END, "last_failure_at" = now(), "blocked_until" = CASE WHEN CASE WHEN "login_throttle"."last_failure_at" < now() - make_interval(secs => $8)
    THEN 1 ELSE "login_throttle"."failures" + 1 END <= $9 THEN NULL::timestamptz
    ELSE now() + make_interval(secs => least($10::float8,
      $11::float8 * power(2, least(CASE WHEN "login_throttle"."last_failure_at" < now() - make_interval(secs => $12)
    THEN 1 ELSE "login_throttle"."failures" + 1 END - $13 - 1, 30)))) END where "login_throttle"."blocked_until" IS NULL OR "login_throttle"."blocked_until" <= now() returning "failures";
