import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API the dev server and `vite preview` forward to; the Host serves the built app itself in production.
const apiTarget = process.env.CALLCENTER_API ?? 'http://127.0.0.1:8080';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/health': { target: apiTarget, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
  build: {
    // The Host serves the SPA from its wwwroot (git-ignored; run.sh builds it).
    outDir: '../CallCenter.HttpApi.Host/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
});
