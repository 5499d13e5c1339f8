import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startJalon } from './support/jalon-server.ts';
import { signIn } from './support/page-helpers.ts';

const jalon = await startJalon();
const page = await jalon.newPage();
page.setDefaultTimeout(10_000);

const NEW_UNIT = 'Pôle gériatrie et soins palliatifs';

/** Opens the tree down to the CH de Millau, as someone would by clicking. */
async function expandToMillau(): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Organisations' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
  const tree = page.getByRole('navigation', { name: 'Arborescence des organisations' });
  await tree.getByRole('button', { name: 'Déplier Occitanie' }).click();
  await tree.getByRole('button', { name: 'Déplier GHT Est-Hérault et Sud-Aveyron' }).click();
  await tree.getByRole('button', { name: 'Déplier Centre hospitalier de Millau' }).click();
}

/** The server's view of a unit, through the signed-in browser session. */
async function fetchUnit(id: string): Promise<{ version: number; name: string }> {
  const response = await page.request.get(`/api/org-units/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { version: number; name: string };
}

function unitIdFromUrl(): string {
  const id = new URL(page.url()).pathname.split('/').at(-1);
  if (!id) throw new Error(`No organisation id in ${page.url()}`);
  return id;
}

describe('organisation tree', () => {
  it('expands Occitanie › GHT › establishment, loading each level on demand', async () => {
    await signIn(page);
    await expandToMillau();
    const tree = page.getByRole('navigation', { name: 'Arborescence des organisations' });
    await tree.getByRole('link', { name: 'Pôle médecine et gériatrie' }).waitFor();
    await expect(
      tree.getByRole('button', { name: 'Replier Centre hospitalier de Millau' }).getAttribute('aria-expanded'),
    ).resolves.toBe('true');
    // A sibling establishment of the same GHT is listed, but its content is not fetched.
    await tree.getByRole('link', { name: 'Centre hospitalier de Lunel' }).waitFor();
    await expect(tree.getByRole('link', { name: 'Service des urgences' }).count()).resolves.toBe(0);
  });

  it('finds an accented name from a search typed without accents, and keeps the query in the address', async () => {
    const search = page.getByRole('searchbox', { name: 'Rechercher une organisation' });
    await search.fill('nimes');
    const results = page.getByRole('table', { name: 'Organisations correspondant à « nimes »' });
    await results.getByRole('link', { name: 'Centre hospitalier universitaire de Nîmes' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('nimes');
    await results.getByRole('cell', { name: 'Occitanie › GHT Cévennes-Gard-Camargue' }).waitFor();
    await search.fill('xyzzy introuvable');
    await page.getByText('Aucune organisation ne correspond à « xyzzy introuvable »').waitFor();
    await search.fill('');
    await page.getByRole('navigation', { name: 'Arborescence des organisations' }).waitFor();
  });

  it('opens a unit and creates a sub-organisation through the form', async () => {
    await page.getByRole('button', { name: 'Déplier Occitanie' }).click();
    await page.getByRole('button', { name: 'Déplier GHT Est-Hérault et Sud-Aveyron' }).click();
    await page.getByRole('link', { name: 'Centre hospitalier de Millau', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Centre hospitalier de Millau' }).waitFor();
    await page.getByRole('button', { name: 'Ajouter une sous-organisation' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Nouvelle sous-organisation dans « Centre hospitalier de Millau »',
    });
    await dialog.getByRole('combobox', { name: 'Type d’organisation' }).click();
    await page.getByRole('option', { name: 'Pôle / regroupement' }).click();
    await dialog.getByRole('button', { name: 'Créer l’organisation' }).click();
    await dialog.getByText('Saisissez un nom (200 caractères au plus).').waitFor();
    await dialog.getByRole('textbox', { name: 'Nom', exact: true }).fill(NEW_UNIT);
    await dialog.getByRole('textbox', { name: 'Nom court' }).fill('Pôle gériatrie');
    await dialog.getByRole('button', { name: 'Créer l’organisation' }).click();
    await page.getByRole('heading', { level: 1, name: NEW_UNIT }).waitFor();
    await page.getByText('Pôle / regroupement', { exact: true }).first().waitFor();
    const breadcrumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' });
    await breadcrumbs.getByRole('link', { name: 'Centre hospitalier de Millau' }).waitFor();
    const created = await fetchUnit(unitIdFromUrl());
    expect(created.name).toBe(NEW_UNIT);
  });

  it('shows the new unit in the tree and its creation in the history panel', async () => {
    await expandToMillau();
    const tree = page.getByRole('navigation', { name: 'Arborescence des organisations' });
    await tree.getByRole('link', { name: NEW_UNIT }).click();
    await page.getByRole('heading', { level: 1, name: NEW_UNIT }).waitFor();
    await page.getByRole('tab', { name: 'Historique' }).click();
    const history = page.getByRole('list', { name: 'Historique des modifications' });
    const entry = history.getByRole('listitem').first();
    await entry.getByText('Création').waitFor();
    await entry.getByText('Administration Jalon').waitFor();
    await entry.getByRole('cell', { name: NEW_UNIT }).waitFor();
    // The parent is named, not given as an id.
    const parent = entry.getByRole('row', { name: /^Organisation parente/ });
    await parent.getByRole('cell', { name: 'Centre hospitalier de Millau' }).waitFor();
  });

  it('refuses to save over a version changed meanwhile, shows both, and saves after reloading', async () => {
    const id = unitIdFromUrl();
    await page.getByRole('tab', { name: 'Informations' }).click();
    await page.getByRole('button', { name: 'Modifier' }).click();
    const form = page.getByRole('form', { name: 'Modifier l’organisation' });
    await form.getByRole('textbox', { name: 'Nom', exact: true }).fill('Pôle gériatrie (ma version)');

    // Someone else saves first, through the API with the same session.
    const loaded = await fetchUnit(id);
    const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const theirs = await page.request.patch(`/api/org-units/${id}`, {
      headers: { 'If-Match': `"${loaded.version}"`, 'x-csrf-token': session.csrfToken },
      data: { name: 'Pôle gériatrie (leur version)' },
    });
    expect(theirs.status()).toBe(200);

    await form.getByRole('button', { name: 'Enregistrer' }).click();
    const alert = form.getByRole('alert').filter({ hasText: 'Modifié entre-temps par quelqu’un d’autre' });
    await alert.waitFor();
    const differences = alert.getByRole('table', { name: 'Différences entre votre saisie et la version enregistrée' });
    const nameRow = differences.getByRole('row', { name: /^Nom / });
    await nameRow.getByRole('cell', { name: 'Pôle gériatrie (ma version)' }).waitFor();
    await nameRow.getByRole('cell', { name: 'Pôle gériatrie (leur version)' }).waitFor();
    await expect(form.getByRole('button', { name: 'Enregistrer' }).isDisabled()).resolves.toBe(true);
    await expect(fetchUnit(id)).resolves.toMatchObject({ name: 'Pôle gériatrie (leur version)' });

    await alert.getByRole('button', { name: 'Recharger la version enregistrée' }).click();
    const name = form.getByRole('textbox', { name: 'Nom', exact: true });
    await expect(name.inputValue()).resolves.toBe('Pôle gériatrie (leur version)');
    await name.fill(NEW_UNIT);
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    const saved = page.getByText('Organisation enregistrée.');
    await saved.waitFor();
    // The notification leaves the header (language switch, user menu) usable.
    const [notice, header] = await Promise.all([saved.boundingBox(), page.getByRole('banner').boundingBox()]);
    expect(notice!.y).toBeGreaterThan(header!.y + header!.height);
    await expect(fetchUnit(id)).resolves.toMatchObject({ name: NEW_UNIT, version: loaded.version + 2 });
  });

  it('deletes the unit only once the confirmation dialog is accepted', async () => {
    const id = unitIdFromUrl();
    await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
    let dialog = page.getByRole('dialog', { name: 'Supprimer cette organisation ?' });
    await dialog.getByText(`« ${NEW_UNIT} » sera supprimée.`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(fetchUnit(id)).resolves.toMatchObject({ name: NEW_UNIT });

    await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
    dialog = page.getByRole('dialog', { name: 'Supprimer cette organisation ?' });
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    // Back on the parent, whose sub-organisations (its site and three pôles) no longer list it.
    await page.getByRole('heading', { level: 1, name: 'Centre hospitalier de Millau' }).waitFor();
    await page.getByRole('tab', { name: 'Sous-organisations (4)' }).click();
    await page.getByRole('link', { name: 'Pôle médecine et gériatrie' }).waitFor();
    await expect(page.getByRole('link', { name: NEW_UNIT }).count()).resolves.toBe(0);
    const gone = await page.request.get(`/api/org-units/${id}`);
    expect(gone.status()).toBe(404);
  });
});

describe('what each reader is offered on an organisation', () => {
  const DIRECTOR = { email: 'direction@jalon.demo', password: DEMO_PASSWORD, displayName: 'Laurent Vidal' };
  const PILOT = { email: 'pilote@jalon.demo', password: DEMO_PASSWORD, displayName: 'Julie Lambert' };

  /** Signs in on a fresh page and opens the unit of the reader's role from the home page. */
  async function openOwnUnit(account: typeof DIRECTOR, unitName: string) {
    const own = await jalon.newPage();
    own.setDefaultTimeout(10_000);
    await signIn(own, account);
    await own.getByRole('region', { name: 'Mes rôles et périmètres' }).getByRole('link', { name: unitName }).click();
    await own.getByRole('heading', { level: 1, name: unitName }).waitFor();
    return own;
  }

  it('shows the ancestors above a pilot’s role as text, not as links to a refused page', async () => {
    const own = await openOwnUnit(PILOT, 'Pôle médecine et gériatrie');
    const trail = own.getByRole('navigation', { name: 'Fil d’Ariane' });
    await trail.getByText('Centre hospitalier de Millau').waitFor();
    await expect(trail.getByRole('link', { name: 'Centre hospitalier de Millau' }).count()).resolves.toBe(0);
    await expect(trail.getByRole('link', { name: 'Organisations' }).count()).resolves.toBe(1);
  });

  it('lets a director edit his establishment, but offers neither move nor delete on it', async () => {
    const own = await openOwnUnit(DIRECTOR, 'Centre hospitalier de Millau');
    const trail = own.getByRole('navigation', { name: 'Fil d’Ariane' });
    await trail.getByText('Occitanie').waitFor();
    await expect(trail.getByRole('link', { name: 'Occitanie' }).count()).resolves.toBe(0);
    await own.getByRole('button', { name: 'Modifier' }).waitFor();
    await expect(own.getByRole('button', { name: 'Déplacer' }).count()).resolves.toBe(0);
    await expect(own.getByRole('button', { name: 'Supprimer', exact: true }).count()).resolves.toBe(0);
  });

  it('explains why a unit with children cannot be deleted, without a button that would fail', async () => {
    await page.goto('/');
    await expandToMillau();
    await page.getByRole('link', { name: 'Centre hospitalier de Millau' }).click();
    await page.getByRole('heading', { level: 1, name: 'Centre hospitalier de Millau' }).waitFor();
    await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Cette organisation ne peut pas encore être supprimée' });
    await dialog
      .getByText('« Centre hospitalier de Millau » contient 4 sous-organisations', { exact: false })
      .waitFor();
    await expect(dialog.getByRole('button', { name: 'Supprimer définitivement' }).count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Fermer' }).last().click();
    await dialog.waitFor({ state: 'detached' });
  });
});
