import { defineReasonMessages } from '../../infra/i18n/reason-messages.ts';

/** What went wrong while fetching a delivery from the link in a Kadaster mail, and what the user can do. */
export const downloadMessages = defineReasonMessages({
  nl: {
    'klic.download_host_not_allowed':
      'De downloadlink wijst naar {host} en niet naar de downloadserver van het Kadaster, dus Veldwerk haalt daar niets op. Download de levering zelf bij het Kadaster en upload het ZIP-bestand hier.',
    'klic.download_failed':
      'Het Kadaster gaf een foutmelding bij het downloaden van de levering (HTTP-status {status}). Probeer het later opnieuw, of download het ZIP-bestand zelf via de link in de mail van het Kadaster en upload het hier.',
    'klic.download_unreachable':
      'De downloadserver van het Kadaster was niet bereikbaar of verbrak de verbinding. Probeer het later opnieuw, of download het ZIP-bestand zelf via de link in de mail van het Kadaster en upload het hier.',
    'klic.download_timeout':
      'Het downloaden van de levering bij het Kadaster duurde te lang of kwam niet verder. Probeer het later opnieuw, of download het ZIP-bestand zelf via de link in de mail van het Kadaster en upload het hier.',
    'klic.download_too_large':
      'De levering is groter dan {limit}, de grens voor KLIC-leveringen in Veldwerk. Controleer in de mail van het Kadaster of dit de juiste levering is en neem contact op met de beheerder van Veldwerk als ze echt zo groot is.',
    'klic.download_expired':
      'De downloadlink van het Kadaster is verlopen (een link is 20 werkdagen geldig) of bestaat niet meer. Download de levering zelf bij het Kadaster en upload het ZIP-bestand hier.',
    'klic.download_not_a_zip':
      'De downloadlink gaf geen ZIP-bestand maar iets anders, bijvoorbeeld een inlogpagina. Open de link zelf, download de levering bij het Kadaster en upload het ZIP-bestand hier.',
  },
  en: {
    'klic.download_host_not_allowed':
      "The download link points to {host}, not to the Kadaster's download server, so Veldwerk does not fetch anything from it. Download the delivery from the Kadaster yourself and upload the ZIP file here.",
    'klic.download_failed':
      "The Kadaster answered with an error while downloading the delivery (HTTP status {status}). Try again later, or download the ZIP file yourself with the link in the Kadaster's e-mail and upload it here.",
    'klic.download_unreachable':
      "The Kadaster's download server could not be reached or closed the connection. Try again later, or download the ZIP file yourself with the link in the Kadaster's e-mail and upload it here.",
    'klic.download_timeout':
      "Downloading the delivery from the Kadaster took too long or stalled. Try again later, or download the ZIP file yourself with the link in the Kadaster's e-mail and upload it here.",
    'klic.download_too_large':
      "The delivery is larger than {limit}, the limit for KLIC deliveries in Veldwerk. Check in the Kadaster's e-mail that this is the right delivery, and contact Veldwerk's administrator if it really is that large.",
    'klic.download_expired':
      "The Kadaster's download link has expired (a link is valid for 20 working days) or no longer exists. Download the delivery from the Kadaster yourself and upload the ZIP file here.",
    'klic.download_not_a_zip':
      'The download link did not return a ZIP file but something else, such as a login page. Open the link yourself, download the delivery from the Kadaster and upload the ZIP file here.',
  },
});
