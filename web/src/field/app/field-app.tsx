import { RouterProvider } from 'react-router/dom';
import { NewVersionToast } from '../offline';
import { FieldProviders } from './providers';
import { fieldRouter } from './router';

export function FieldApp() {
  return (
    <FieldProviders>
      <RouterProvider router={fieldRouter} />
      <NewVersionToast />
    </FieldProviders>
  );
}
