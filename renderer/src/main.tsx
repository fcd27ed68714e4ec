// Entry point. The API client is imported first on purpose: in browser mode it takes the launch
// token out of the URL fragment before the router reads the fragment as a route.
import './api/client';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/views.css';
import './styles/engine.css';
import './styles/engine-rules.css';
import './styles/import.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bootEarly } from './boot';

bootEarly();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
