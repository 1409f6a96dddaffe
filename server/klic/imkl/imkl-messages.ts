import { defineReasonMessages } from '../../infra/i18n/reason-messages.ts';

/** What is wrong with a KLIC delivery file, and what the planner can do about it. */
export const imklMessages = defineReasonMessages({
  nl: {
    'klic.not_a_zip':
      'Dit bestand is geen ZIP-bestand. Upload de KLIC-levering zoals u die van het Kadaster downloadt (Levering_<meldnummer>_<volgnummer>.zip).',
    'klic.zip_corrupt':
      'Het ZIP-bestand is beschadigd of niet volledig gedownload. Download de levering opnieuw bij het Kadaster en probeer het nog eens.',
    'klic.zip_unsafe_path':
      'Het ZIP-bestand bevat een onveilige bestandsnaam ({name}). Dit is geen levering van het Kadaster; het bestand is niet verwerkt.',
    'klic.zip_too_large':
      'Het ZIP-bestand pakt uit tot meer dan {limit} of bevat te veel bestanden. Dit is geen gewone KLIC-levering; het bestand is niet verwerkt.',
    'klic.zip_encrypted':
      'Het ZIP-bestand is met een wachtwoord beveiligd. Upload de levering zoals het Kadaster die levert, zonder wachtwoord.',
    'klic.zip_bomb':
      'Een bestand in dit ZIP-bestand pakt uit tot {ratio} keer zijn eigen grootte. Dat doet een KLIC-levering nooit; het bestand is niet verwerkt.',
    'klic.no_gi_xml':
      'In dit ZIP-bestand staat geen gebiedsinformatie (GI_gebiedsinformatielevering_…_V2.xml). Controleer of u de volledige KLIC-levering heeft gekozen.',
    'klic.several_gi_xml':
      'Dit ZIP-bestand bevat meer dan één gebiedsinformatiebestand. Upload elke KLIC-levering als een eigen ZIP-bestand.',
    'klic.xml_dtd_not_allowed':
      'Het gebiedsinformatiebestand bevat een DTD of entiteiten. Dat gebruikt het Kadaster nooit; het bestand is uit veiligheidsoverwegingen niet verwerkt.',
    'klic.xml_malformed':
      'Het gebiedsinformatiebestand is geen geldige XML ({detail}). Download de levering opnieuw bij het Kadaster.',
    'klic.xml_feature_too_large':
      'Eén object in het gebiedsinformatiebestand is veel te groot (meer dan {elements} onderdelen of {characters} tekens). Dit is geen gewone KLIC-levering; het bestand is niet verwerkt.',
    'klic.xml_truncated':
      'Het gebiedsinformatiebestand houdt halverwege op. Download de levering opnieuw bij het Kadaster en probeer het nog eens.',
    'klic.xml_encoding':
      'Het gebiedsinformatiebestand heeft een tekencodering die niet klopt ({encoding}). Download de levering opnieuw bij het Kadaster.',
    'klic.not_imkl':
      'Dit XML-bestand is geen IMKL-gebiedsinformatie van het Kadaster. Upload de KLIC-levering zelf.',
    'klic.imkl_version_unsupported':
      'Deze levering is in IMKL-versie {version}; Veldwerk leest IMKL 2.0. Vraag de levering opnieuw aan bij het Kadaster of neem contact op met de helpdesk.',
    'klic.no_meldnummer':
      'In deze levering staat geen KLIC-meldnummer. Download de levering opnieuw bij het Kadaster.',
  },
  en: {
    'klic.not_a_zip':
      'This file is not a ZIP file. Upload the KLIC delivery as downloaded from the Kadaster (Levering_<meldnummer>_<volgnummer>.zip).',
    'klic.zip_corrupt':
      'The ZIP file is damaged or was not downloaded completely. Download the delivery from the Kadaster again and retry.',
    'klic.zip_unsafe_path':
      'The ZIP file contains an unsafe file name ({name}). This is not a Kadaster delivery; the file was not processed.',
    'klic.zip_too_large':
      'The ZIP file unpacks to more than {limit} or holds too many files. This is not an ordinary KLIC delivery; the file was not processed.',
    'klic.zip_encrypted':
      'The ZIP file is protected with a password. Upload the delivery as the Kadaster supplies it, without a password.',
    'klic.zip_bomb':
      'A file in this ZIP unpacks to {ratio} times its own size. A KLIC delivery never does; the file was not processed.',
    'klic.no_gi_xml':
      'This ZIP file holds no area information (GI_gebiedsinformatielevering_…_V2.xml). Check that you chose the complete KLIC delivery.',
    'klic.several_gi_xml':
      'This ZIP file holds more than one area information file. Upload each KLIC delivery as a ZIP file of its own.',
    'klic.xml_dtd_not_allowed':
      'The area information file contains a DTD or entities. The Kadaster never uses them; for safety the file was not processed.',
    'klic.xml_malformed':
      'The area information file is not valid XML ({detail}). Download the delivery from the Kadaster again.',
    'klic.xml_feature_too_large':
      'One object in the area information file is far too large (more than {elements} parts or {characters} characters). This is not an ordinary KLIC delivery; the file was not processed.',
    'klic.xml_truncated':
      'The area information file stops halfway. Download the delivery from the Kadaster again and retry.',
    'klic.xml_encoding':
      'The area information file has a character encoding that is wrong ({encoding}). Download the delivery from the Kadaster again.',
    'klic.not_imkl':
      'This XML file is not IMKL area information from the Kadaster. Upload the KLIC delivery itself.',
    'klic.imkl_version_unsupported':
      'This delivery is in IMKL version {version}; Veldwerk reads IMKL 2.0. Request the delivery again from the Kadaster or contact the helpdesk.',
    'klic.no_meldnummer':
      'This delivery holds no KLIC meldnummer. Download the delivery from the Kadaster again.',
  },
});

export type ImklReason = keyof typeof imklMessages.nl;
