import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { getSessionQueryOptions } from '../features/auth/api/get-session.ts';
import { AppLayout } from './layout.tsx';
import { AccountPage } from './routes/account-page.tsx';
import { HomePage } from './routes/home-page.tsx';
import { LoginPage } from './routes/login-page.tsx';
import { indicatorSearch, indicatorsSearch, targetsSearch } from '../features/indicators/search-params.ts';
import { CpomPage } from './routes/cpom-page.tsx';
import { EstablishmentTargetsPage } from './routes/establishment-targets-page.tsx';
import { IndicatorEditPage } from './routes/indicator-edit-page.tsx';
import { IndicatorPage } from './routes/indicator-page.tsx';
import { IndicatorsPage } from './routes/indicators-page.tsx';
import { DashboardsPage } from './routes/dashboards-page.tsx';
import { InstancesPage, PlansPage } from './routes/module-pages.tsx';
import { ErrorPage, RootErrorPage } from './routes/error-page.tsx';
import { NotFoundPage, RootNotFoundPage } from './routes/not-found-page.tsx';
import { OrgUnitPage } from './routes/org-unit-page.tsx';
import { OrgUnitsPage } from './routes/org-units-page.tsx';
import { UserPage } from './routes/user-page.tsx';
import { UsersPage } from './routes/users-page.tsx';
import { safeRedirect, textSearch } from './search-params.ts';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: RootNotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/connexion',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = safeRedirect(search.redirect);
    return target ? { redirect: target } : {};
  },
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(getSessionQueryOptions());
    if (session) throw redirect({ to: '/' });
  },
  component: LoginPage,
  errorComponent: RootErrorPage,
});

// Every page but the login page needs a session; the guard runs before any of
// them loads, so no page renders half-way for an anonymous visitor.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(getSessionQueryOptions());
    if (!session) throw redirect({ to: '/connexion', search: { redirect: location.href } });
  },
  component: AppLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RootErrorPage,
});

// Written out one by one: a shared helper would widen the paths to `string`
// and lose the typed links.
const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });
const accountRoute = createRoute({ getParentRoute: () => appRoute, path: '/mon-compte', component: AccountPage });
const plansRoute = createRoute({ getParentRoute: () => appRoute, path: '/plans', component: PlansPage });
const cpomRoute = createRoute({ getParentRoute: () => appRoute, path: '/cpom', component: CpomPage });
const instancesRoute = createRoute({ getParentRoute: () => appRoute, path: '/instances', component: InstancesPage });
const dashboardsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tableaux-de-bord',
  component: DashboardsPage,
});

const orgUnitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/administration/organisations',
  validateSearch: textSearch,
  component: OrgUnitsPage,
});

const orgUnitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/administration/organisations/$orgUnitId',
  component: OrgUnitPage,
});

const indicatorsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/indicateurs',
  validateSearch: indicatorsSearch,
  component: IndicatorsPage,
});

const indicatorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/indicateurs/$code',
  validateSearch: indicatorSearch,
  component: IndicatorPage,
});

const indicatorEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/indicateurs/$code/modifier',
  validateSearch: indicatorSearch,
  component: IndicatorEditPage,
});

const establishmentTargetsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cpom/etablissements/$orgUnitId',
  validateSearch: targetsSearch,
  component: EstablishmentTargetsPage,
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/administration/utilisateurs',
  validateSearch: textSearch,
  component: UsersPage,
});

const userRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/administration/utilisateurs/$userId',
  component: UserPage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    accountRoute,
    plansRoute,
    indicatorsRoute,
    indicatorRoute,
    indicatorEditRoute,
    cpomRoute,
    establishmentTargetsRoute,
    instancesRoute,
    dashboardsRoute,
    orgUnitsRoute,
    orgUnitRoute,
    usersRoute,
    userRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultErrorComponent: ErrorPage,
    // Data comes from TanStack Query; the router must not cache it a second time.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
