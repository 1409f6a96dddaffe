import { Button, Group, Paper, ScrollArea, Text } from '@mantine/core';
import { useRef } from 'react';
import type { RegionUser } from '../api/regions-api';
import classes from './user-transfer-list.module.css';

type Props = {
  title: string;
  users: RegionUser[];
  empty: string;
  actionLabel: string;
  actionAriaLabel: (user: RegionUser) => string;
  onAction: (user: RegionUser) => void;
  testId: string;
};

/** One side of the transfer: a list of users, each with a button that moves it to the other side. */
export function UserTransferList({
  title,
  users,
  empty,
  actionLabel,
  actionAriaLabel,
  onAction,
  testId,
}: Props) {
  const headingId = `${testId}-heading`;
  const listRef = useRef<HTMLUListElement>(null);

  // The moved user's button disappears: keep the keyboard in this list, on the next user.
  function act(user: RegionUser, index: number) {
    onAction(user);
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
      if (!buttons || buttons.length === 0) return;
      buttons[Math.min(index, buttons.length - 1)]?.focus();
    });
  }

  return (
    <Paper withBorder radius="md" p={0} data-testid={testId}>
      <Text fw={600} size="sm" px="sm" py="xs" className={classes.heading} id={headingId}>
        {title}
      </Text>
      <ScrollArea.Autosize mah={360}>
        {users.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            {empty}
          </Text>
        ) : (
          <ul ref={listRef} className={classes.list} aria-labelledby={headingId}>
            {users.map((user, index) => (
              <Group
                component="li"
                key={user.id}
                justify="space-between"
                wrap="nowrap"
                className={classes.item}
              >
                <div className={classes.who}>
                  <Text size="sm" fw={500} truncate>
                    {user.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {user.username}
                  </Text>
                </div>
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => act(user, index)}
                  aria-label={actionAriaLabel(user)}
                >
                  {actionLabel}
                </Button>
              </Group>
            ))}
          </ul>
        )}
      </ScrollArea.Autosize>
    </Paper>
  );
}
