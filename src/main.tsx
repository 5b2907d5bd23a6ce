/**
 * Entry point: styles, theme, the route feed (hashchange → store), the
 * address-bar share-link sync, the app, and (in the production build) the
 * offline service worker once the page is loaded and idle.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import './app/print.css';
import { App } from './app/App';
import { isSectionPath } from './app/routes';
import { sections } from './app/sections';
import { registerServiceWorkerWhenIdle } from './app/serviceWorker';
import { startTheme } from './app/theme';
import { startLocationSync } from './state/location';
import { appStore } from './state/store';
import { startUrlSync } from './state/urlSync';

startTheme(appStore);
startLocationSync(appStore);
startUrlSync(appStore, { isSectionPath: (path) => isSectionPath(path, sections) });

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The dev server has no generated sw.js.
if (import.meta.env.PROD) registerServiceWorkerWhenIdle();
