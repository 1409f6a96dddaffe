import { defineReasonMessages } from '../../infra/i18n/reason-messages.ts';

export const evMessages = defineReasonMessages({
  nl: {
    'klic.ev_operator_unknown':
      'Netbeheerder {bronhoudercode} stelt bij deze KLIC-melding geen eis voorzorgsmaatregel (EV). Kies een netbeheerder uit de lijst onder "EV afhandelen".',
    'klic.melding_without_ev':
      'Bij deze KLIC-melding stelt geen enkele netbeheerder een eis voorzorgsmaatregel (EV), dus er is geen EV af te handelen.',
    'klic.ev_contacted_in_future':
      'De datum van het contact ligt in de toekomst. Vul de dag in waarop u de netbeheerder heeft gesproken.',
  },
  en: {
    'klic.ev_operator_unknown':
      'Operator {bronhoudercode} sets no precautionary measure requirement (EV) on this KLIC. Choose an operator from the list under "Handle EV".',
    'klic.melding_without_ev':
      'No operator sets a precautionary measure requirement (EV) on this KLIC, so there is no EV to handle.',
    'klic.ev_contacted_in_future':
      'The contact date lies in the future. Enter the day on which you spoke to the operator.',
  },
});
