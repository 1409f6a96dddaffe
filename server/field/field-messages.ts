import { defineReasonMessages } from '../infra/i18n/reason-messages.ts';

export const fieldMessages = defineReasonMessages({
  nl: {
    'field.idempotency_conflict':
      'Deze sleutel is al gebruikt voor een registratie met andere gegevens. Maak een nieuwe registratie aan in plaats van de oude te wijzigen.',
    'field.recorded_in_future':
      'Het tijdstip van de registratie ligt in de toekomst. Controleer de datum en tijd van het toestel en probeer het opnieuw.',
    'field.recorded_too_old':
      'Deze registratie is ouder dan {days} dagen en kan niet meer worden opgestuurd. Geef de gegevens door aan de werkvoorbereider.',
    'field.position_outside_netherlands':
      'De locatie ligt buiten Nederland. Kies de plek opnieuw op de kaart of wacht op een betere GPS-positie.',
    'field.operator_unknown':
      'Netbeheerder {bronhoudercode} hoort niet bij deze Klic-melding. Kies een netbeheerder uit de lijst van deze Klic.',
    'field.reported_at_required':
      'Vul in wanneer de graafschade aan de netbeheerder is gemeld, of geef aan dat die nog niet is gemeld.',
    'field.photo_too_large':
      'Deze foto is groter dan {limit}. Maak de foto kleiner (lagere resolutie) en probeer het opnieuw.',
    'field.photo_unsupported':
      'Dit bestand is geen JPEG-, WebP- of PNG-foto. Maak de foto opnieuw met de camera van het toestel.',
    'field.photo_empty': 'De foto is leeg aangekomen. Maak de foto opnieuw.',
    'field.photo_idempotency_conflict':
      'Deze sleutel is al gebruikt voor een andere foto. Voeg de foto opnieuw toe als nieuwe foto.',
    'field.abort_reason_unknown':
      'Deze reden staat niet (meer) in de lijst van uw bedrijf. Kies een reden uit de lijst.',
  },
  en: {
    'field.idempotency_conflict':
      'This key was already used for a registration with other data. Create a new registration instead of changing the old one.',
    'field.recorded_in_future':
      "The time of the registration lies in the future. Check the device's date and time and try again.",
    'field.recorded_too_old':
      'This registration is older than {days} days and can no longer be sent. Pass the data on to the work planner.',
    'field.position_outside_netherlands':
      'The location lies outside the Netherlands. Choose the spot on the map again or wait for a better GPS position.',
    'field.operator_unknown':
      'Operator {bronhoudercode} does not belong to this KLIC. Choose an operator from the list of this KLIC.',
    'field.reported_at_required':
      'Fill in when the damage was reported to the operator, or indicate that it has not been reported yet.',
    'field.photo_too_large':
      'This photo is larger than {limit}. Make the photo smaller (lower resolution) and try again.',
    'field.photo_unsupported':
      "This file is not a JPEG, WebP or PNG photo. Take the photo again with the device's camera.",
    'field.photo_empty': 'The photo arrived empty. Take the photo again.',
    'field.photo_idempotency_conflict':
      'This key was already used for another photo. Add the photo again as a new photo.',
    'field.abort_reason_unknown':
      "This reason is not (or no longer) on your company's list. Choose a reason from the list.",
  },
});
