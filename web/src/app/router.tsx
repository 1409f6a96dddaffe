import { createBrowserRouter } from 'react-router';
import { LoginPage, loginPath, RequireSession } from '@/features/auth';
import { HomePage } from '@/features/home';
import { OutboxPage } from '@/features/mail';
import { paths } from './paths';
import { NotFoundPage } from './routes/not-found-page';
import { RequireAbility } from './routes/require-ability';
import { RouteError } from './routes/route-error';
import { AppLayout } from './shell/app-layout';

export const router = createBrowserRouter([
  { path: loginPath, element: <LoginPage />, errorElement: <RouteError /> },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { path: paths.home, element: <HomePage /> },
          {
            path: paths.outbox,
            element: (
              <RequireAbility ability="mail.readOutbox">
                <OutboxPage />
              </RequireAbility>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
