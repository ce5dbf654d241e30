import { createApp } from 'vue';
import App from './App.vue';
import { renew } from './api';
import { i18n } from './i18n';
import { keepAlive } from './keepalive';
import { router } from './router';
import { onEnd } from './session';
import './style.css';

onEnd(() => {
  void router.push({ name: 'login' });
});

// a reload keeps the login: the session's HttpOnly cookie renews the token before the first page is chosen
void renew().finally(() => {
  keepAlive();
  createApp(App).use(i18n).use(router).mount('#app');
});
