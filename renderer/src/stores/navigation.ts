// Where the user is: hash routes (`#/today`, `#/contacts`, `#/contacts/<id>`, `#/capture`, `#/import`,
// `#/duplicates`, `#/referrals`, `#/trash`, `#/settings`) so back/forward and reloads work. The API client strips the launch token from
// the fragment when it is first imported, which main.tsx does before this module runs.
import { create } from 'zustand';

export type Route =
  | { name: 'today' }
  | { name: 'contacts' }
  | { name: 'contact'; id: string }
  | { name: 'referrals' }
  | { name: 'capture' }
  | { name: 'import' }
  | { name: 'duplicates' }
  | { name: 'trash' }
  | { name: 'settings' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const parts = path.split('/').filter(Boolean);
  switch (parts[0]) {
    case 'contacts':
      return parts[1] ? { name: 'contact', id: decodeURIComponent(parts[1]) } : { name: 'contacts' };
    case 'referrals':
      return { name: 'referrals' };
    case 'capture':
      return { name: 'capture' };
    case 'import':
      return { name: 'import' };
    case 'duplicates':
      return { name: 'duplicates' };
    case 'trash':
      return { name: 'trash' };
    case 'settings':
      return { name: 'settings' };
    default:
      return { name: 'today' };
  }
}

export function hrefOf(route: Route): string {
  return route.name === 'contact' ? `#/contacts/${encodeURIComponent(route.id)}` : `#/${route.name}`;
}

interface NavigationState {
  route: Route;
}

export const useNavigation = create<NavigationState>()(() => ({ route: parseHash(window.location.hash) }));

export function navigate(route: Route): void {
  const href = hrefOf(route);
  if (window.location.hash !== href) window.location.hash = href;
}

// An empty (or token-only) fragment is Today; write it out so Back returns here. In the next task,
// after the API client has wiped the token (api/client.ts says why not now).
setTimeout(() => {
  if (!/^#\//.test(window.location.hash)) {
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/today`);
  }
}, 0);
window.addEventListener('hashchange', () => {
  useNavigation.setState({ route: parseHash(window.location.hash) });
});
