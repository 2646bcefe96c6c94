import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import './styles/govuk-frontend.scss';
import './app.css';
import { createRouter } from './routes/router.js';

// GOV.UK Frontend styles its JavaScript-enhanced components, and its components only initialise, when the body
// has these classes (the page template adds them with an inline script; our CSP allows no inline script).
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const container = document.getElementById('app');
if (!container) throw new Error('index.html has no #app element');

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={createRouter()} />
  </StrictMode>,
);
