// The stack's floor: React, react-dom and react-router doing the least a hash-routed page can do.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';

const router = createHashRouter([{ path: '/', element: <h1>Hello, world</h1> }]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
