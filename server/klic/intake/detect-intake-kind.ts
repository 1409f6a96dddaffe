/** Tells a delivery ZIP from a mail by its first bytes (not by its name, which users rename). */
export function detectIntakeKind(head: Buffer): 'zip' | 'mail' | null {
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'zip';
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))
    return 'mail';
  const text = head.subarray(0, 2048).toString('latin1');
  if (/^(?:[\x21-\x39\x3b-\x7e]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){2,}/.test(text)) return 'mail';
  return null;
}
