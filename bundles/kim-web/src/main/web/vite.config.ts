import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Served by the kim-web bundle at /kim/; the Maven build passes the output folder in KIM_WEB_OUT.
export default defineConfig({
  base: '/kim/',
  plugins: [vue()],
  define: {
    // JSON Forms renders with components written in the options API
    __VUE_OPTIONS_API__: true,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: process.env.KIM_WEB_OUT ?? 'dist',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
  },
});
