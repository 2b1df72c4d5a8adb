import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { i18nReady } from './i18n';
import './styles.css';
import { Providers } from './app/providers';
import { RouteTree } from './app/RouteTree';

// Renders once the visitor's language is loaded (immediate for zh-CN, the default).
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers>
        <BrowserRouter>
          <RouteTree />
        </BrowserRouter>
      </Providers>
    </StrictMode>,
  ),
);
