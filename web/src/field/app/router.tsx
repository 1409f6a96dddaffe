import { createBrowserRouter } from 'react-router';
import { RouteError } from '@/shared/ui/route-error';
import { AbortRoute } from '../abort';
import { DocumentsPage } from '../documents';
import { KlicPage } from '../klic';
import { KlicListPage } from '../klics/klic-list-page';
import { FieldMapPage } from '../map';
import { OutboxPage } from '../outbox';
import { RegistrationRoute } from '../registrations';
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
      // Dutch (or English) instead of the router's developer screen; a page of a replaced release reloads.
      errorElement: <RouteError />,
      children: [
        { index: true, element: <KlicListPage /> },
        { path: 'klics/:klicId', element: <KlicPage /> },
        { path: 'klics/:klicId/kaart', element: <FieldMapPage /> },
        { path: 'klics/:klicId/documenten', element: <DocumentsPage /> },
        { path: 'klics/:klicId/registreren/:kind', element: <RegistrationRoute /> },
        { path: 'klics/:klicId/afbreken', element: <AbortRoute /> },
        { path: 'wachtrij', element: <OutboxPage /> },
        { path: '*', element: <FieldNotFound /> },
      ],
    },
  ],
  { basename: fieldBase },
);
