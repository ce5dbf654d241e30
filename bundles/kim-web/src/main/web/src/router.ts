import { createRouter, createWebHistory } from 'vue-router';
import { hasRole, session } from './session';
import LoginView from './views/LoginView.vue';
import CaseloadView from './views/CaseloadView.vue';
import ClientSearchView from './views/ClientSearchView.vue';
import CaseView from './views/CaseView.vue';
import ClientView from './views/ClientView.vue';
import NewClientView from './views/NewClientView.vue';
import NotFoundView from './views/NotFoundView.vue';
import StartView from './views/StartView.vue';

/** Routes carry record ids only, never names or other personal data. */
export const router = createRouter({
  history: createWebHistory('/kim/'),
  routes: [
    { path: '/', redirect: () => (session.token ? home() : '/login') },
    { path: '/login', name: 'login', component: LoginView, meta: { public: true } },
    { path: '/cases', name: 'caseload', component: CaseloadView },
    {
      path: '/cases/:id', name: 'case', component: CaseView,
      props: (route) => ({ id: String(route.params.id), transition: Number(route.query.transition) || null }),
    },
    { path: '/clients', name: 'clients', component: ClientSearchView },
    { path: '/clients/new', name: 'new-client', component: NewClientView },
    { path: '/clients/:id', name: 'client', component: ClientView, props: true },
    { path: '/indicators', name: 'indicators', component: () => import('./views/IndicatorView.vue') },
    { path: '/steering', name: 'steering', component: () => import('./views/SteeringView.vue') },
    { path: '/admin/extensions', name: 'extensions', component: () => import('./views/ExtensionsView.vue') },
    { path: '/start', name: 'start', component: StartView },
    { path: '/:rest(.*)*', name: 'not-found', component: NotFoundView, meta: { public: true } },
  ],
});

let wanted: string | null = null;

router.beforeEach((to) => {
  // while the login dialog is open over an interrupted page, the page stays where it is
  if (session.interrupted) return false;
  if (!to.meta.public && !session.token) {
    wanted = to.fullPath;
    return { name: 'login' };
  }
  return true;
});

/** Where to go after logging in: the page asked for before, else the caseload. */
export function afterLogin(): string {
  const target = wanted ?? home();
  wanted = null;
  return target;
}

/** The first page of a role: casework for case managers and coordinators, the figures for the steering group. */
export function home(): string {
  if (hasRole('KIM_CASE_MANAGER', 'KIM_COORDINATOR', 'KIM_ABH_CLERK')) return '/cases';
  if (hasRole('KIM_STEERING')) return '/indicators';
  if (hasRole('KIM_ADMIN')) return '/admin/extensions';
  return '/start';
}

/**
 * After a navigation the focus goes to the new page's heading (screen readers announce it, the keyboard
 * starts there), as soon as the page has drawn it; pages that load first show it when their data are in.
 */
router.afterEach((to, from) => {
  if (to.fullPath === from.fullPath || to.name === 'login') return;
  const started = Date.now();
  const look = () => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else if (Date.now() - started < 5000) {
      window.setTimeout(look, 50);
    }
  };
  window.setTimeout(look, 0);
});
