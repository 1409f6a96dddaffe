import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** "← Terug naar …" at the top of a field page: a wide, easy target for a thumb. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Button
      component={Link}
      to={to}
      variant="subtle"
      size="lg"
      px={4}
      leftSection={<IconArrowLeft aria-hidden />}
      style={{ alignSelf: 'flex-start' }}
    >
      {children}
    </Button>
  );
}
