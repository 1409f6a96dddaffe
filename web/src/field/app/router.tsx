import { createBrowserRouter } from 'react-router';
import { KlicListPage } from '../klics/klic-list-page';
import { RequireFieldSession } from '../session/require-field-session';
import { FieldNotFound } from './field-not-found';
import { FieldShell } from './field-shell';
import { fieldBase } from './paths';

export const fieldRouter = createBrowserRouter(
  [
    {
      element: (
        <RequireFieldSession>
          <FieldShell />
        </RequireFieldSession>
      ),
      children: [
        { index: true, element: <KlicListPage /> },
        { path: '*', element: <FieldNotFound /> },
      ],
    },
  ],
  { basename: fieldBase },
);
