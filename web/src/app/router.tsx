import { createBrowserRouter } from 'react-router';
import {
  accountPaths,
  ChangePasswordPage,
  ForgotPasswordPage,
  InvitationPage,
  RequireAccountReady,
  ResetPasswordPage,
  TwoFactorPage,
} from '@/features/account';
import {
  AnnouncementsPage,
  announcementPaths,
  PublicMaintenancePage,
  PublicOutagePage,
  PublishAnnouncementsPage,
} from '@/features/announcements';
import { LoginPage, loginPath, RequireSession } from '@/features/auth';
import { companyListPaths, HelpdeskPage, ReasonListRoute } from '@/features/company-lists';
import { HomePage } from '@/features/home';
import { KlicMailPage, KlicUploadPage, klicPaths, UnlinkedKlicsPage } from '@/features/klic';
import { KlicManagePage, klicManagePaths } from '@/features/klic-manage';
import { KlicMapPage, klicMapPaths } from '@/features/klic-map';
import { KlicMeldingPage, klicMeldingPaths } from '@/features/klic-melding';
import { KlicStatusPage, klicStatusPaths, ReceiptsPage } from '@/features/klic-status';
import { KlicWarningsPage, klicWarningPaths, WarningSettingsPage } from '@/features/klic-warnings';
import { LogbookDrawerProvider, LogbookPage } from '@/features/logbook';
import { OutboxPage } from '@/features/mail';
import { ProjectsPage, projectPaths } from '@/features/projects';
import { RegionsPage } from '@/features/regions';
import { ReportsRoute, reportPaths } from '@/features/reports';
import { UsersPage } from '@/features/users';
import { type Ability, useAbility } from '@/shared/session';
import { RouteError } from '@/shared/ui/route-error';
import { paths } from './paths';
import { NotFoundPage } from './routes/not-found-page';
import { RequireAbility } from './routes/require-ability';
import { AppLayout } from './shell/app-layout';

/** The pages behind the login; "Logboek geselecteerde item" in any list opens the logbook drawer. */
function LoggedInLayout() {
  const withLogbook = useAbility('logbook.read');
  return withLogbook ? (
    <LogbookDrawerProvider>
      <AppLayout />
    </LogbookDrawerProvider>
  ) : (
    <AppLayout />
  );
}

function page(path: string, ability: Ability, element: React.ReactNode) {
  return { path, element: <RequireAbility ability={ability}>{element}</RequireAbility> };
}

export const router = createBrowserRouter([
  { path: loginPath, element: <LoginPage />, errorElement: <RouteError /> },
  // Reached from e-mails, without a session.
  { path: accountPaths.invitation, element: <InvitationPage />, errorElement: <RouteError /> },
  { path: accountPaths.forgotPassword, element: <ForgotPasswordPage />, errorElement: <RouteError /> },
  { path: accountPaths.resetPassword, element: <ResetPasswordPage />, errorElement: <RouteError /> },
  // Maintenance and outage notices, for everyone, without login (seed 001).
  {
    path: announcementPaths.publicMaintenance,
    element: <PublicMaintenancePage />,
    errorElement: <RouteError />,
  },
  { path: announcementPaths.publicOutage, element: <PublicOutagePage />, errorElement: <RouteError /> },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      {
        element: <RequireAccountReady />,
        children: [
          {
            element: <LoggedInLayout />,
            children: [
              { path: paths.home, element: <HomePage /> },
              page(paths.users, 'users.manage', <UsersPage />),
              page(paths.regions, 'regions.manage', <RegionsPage />),
              page(paths.logbook, 'logbook.read', <LogbookPage />),
              page(paths.outbox, 'mail.readOutbox', <OutboxPage />),
              page(projectPaths.list, 'klic.intake', <ProjectsPage />),
              page(klicManagePaths.klics, 'klic.manage', <KlicManagePage />),
              page(klicPaths.upload, 'klic.intake', <KlicUploadPage />),
              page(klicPaths.unlinked, 'klic.intake', <UnlinkedKlicsPage />),
              page(klicPaths.mail, 'klic.intake', <KlicMailPage />),
              page(klicStatusPaths.status, 'klic.intake', <KlicStatusPage />),
              page(klicStatusPaths.receipts, 'klic.intake', <ReceiptsPage />),
              page(klicWarningPaths.list, 'klic.manage', <KlicWarningsPage />),
              page(klicWarningPaths.settings, 'klicWarnings.configure', <WarningSettingsPage />),
              page(
                companyListPaths.reasonList,
                'reasonLists.manage',
                <ReasonListRoute notFound={<NotFoundPage />} />,
              ),
              // Every user, also field workers, finds their organisation's helpdesk.
              { path: companyListPaths.helpdesk, element: <HelpdeskPage /> },
              page(klicMapPaths.map, 'klic.manage', <KlicMapPage />),
              page(klicMeldingPaths.detail, 'klic.manage', <KlicMeldingPage />),
              page(reportPaths.page, 'reports.read', <ReportsRoute />),
              { path: announcementPaths.list, element: <AnnouncementsPage /> },
              page(announcementPaths.publish, 'announcements.publish', <PublishAnnouncementsPage />),
              { path: accountPaths.changePassword, element: <ChangePasswordPage /> },
              { path: accountPaths.twoFactor, element: <TwoFactorPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
