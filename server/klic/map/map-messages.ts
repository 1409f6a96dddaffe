import { defineReasonMessages } from '../../infra/i18n/reason-messages.ts';

export const mapMessages = defineReasonMessages({
  nl: {
    'klic.map_no_delivery':
      'Van deze KLIC is nog geen levering binnen, dus er is nog geen kaart. De kaart verschijnt zodra de levering is verwerkt.',
  },
  en: {
    'klic.map_no_delivery':
      'No delivery of this KLIC has arrived yet, so there is no map. The map appears once the delivery has been processed.',
  },
});
