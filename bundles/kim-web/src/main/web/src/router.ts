import { createRouter, createWebHistory } from 'vue-router';
import { session } from './session';
import LoginView from './views/LoginView.vue';
import CaseloadView from './views/CaseloadView.vue';
import ClientSearchView from './views/ClientSearchView.vue';
import CaseView from './views/CaseView.vue';
import ClientView from './views/ClientView.vue';
import NotFoundView from './views/NotFoundView.vue';

/** Routes carry record ids only, never names or other personal data. */
export const router = createRouter({
  history: createWebHistory('/kim/'),
  routes: [
    { path: '/', redirect: '/cases' },
    { path: '/login', name: 'login', component: LoginView, meta: { public: true } },
    { path: '/cases', name: 'caseload', component: CaseloadView },
    { path: '/cases/:id', name: 'case', component: CaseView, props: true },
    { path: '/clients', name: 'clients', component: ClientSearchView },
    { path: '/clients/:id', name: 'client', component: ClientView, props: true },
    { path: '/:rest(.*)*', name: 'not-found', component: NotFoundView, meta: { public: true } },
  ],
});

let wanted: string | null = null;

router.beforeEach((to) => {
  if (!to.meta.public && !session.token) {
    wanted = to.fullPath;
    return { name: 'login' };
  }
  return true;
});

/** Where to go after logging in: the page asked for before, else the caseload. */
export function afterLogin(): string {
  const target = wanted ?? '/cases';
  wanted = null;
  return target;
}
