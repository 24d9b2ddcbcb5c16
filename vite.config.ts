import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Ports are given on the command line (see the scripts in package.json).
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
  },
});
