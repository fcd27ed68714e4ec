import { register } from 'node:module';

register(new URL('./electron-hooks.mjs', import.meta.url));
