import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n';
import { router } from './router';
import { onEnd } from './session';
import './style.css';

onEnd(() => {
  void router.push({ name: 'login' });
});

createApp(App).use(i18n).use(router).mount('#app');
