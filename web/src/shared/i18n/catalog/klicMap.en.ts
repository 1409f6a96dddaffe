import type { klicMapNl } from './klicMap.nl';

/** English texts of the KLIC map; the same keys as `klicMap.nl.ts`. */
export const klicMapEn: typeof klicMapNl = {
  page: {
    title: 'Map of KLIC {{meldnummer}}',
    documentTitle: 'KLIC map',
    back: 'Back',
    delivery: 'Delivery {{volgnummer}} ({{state}})',
    complete: 'complete',
    partial: 'partial delivery',
  },
  map: {
    label: 'Map of KLIC {{meldnummer}}',
    loading: 'Loading the map…',
  },
  layers: {
    title: 'Layers',
    themes: 'Themes',
    operators: 'Network operators',
    ev: 'EV',
    evTitle: 'This operator requires precautionary measures (EV)',
    requestPolygons: 'Requested area (dig, orientation or information polygon)',
    backgrounds: 'Background',
    deliveryBackground: 'Background map of the delivery',
    onlineBackground: 'Online background (PDOK)',
    noBackground: 'This delivery has no background map.',
  },
  feature: {
    title: 'Attributes',
    close: 'Close attributes',
    hint: 'Click a cable, pipe or other object to see its attributes.',
  },
  measure: {
    start: 'Measure distance',
    stop: 'Stop measuring',
    hint: 'Click the points; double-click to finish.',
    length: 'Distance: {{length}}',
  },
  export: {
    title: 'Export to PDF',
    scale: 'Scale',
    paper: 'Paper size',
    a4: 'A4 landscape',
    a3: 'A3 landscape',
    submit: 'Create PDF',
    busy: 'Creating the PDF…',
    failed: 'The PDF could not be created. Please try again.',
    pdfTitle: 'KLIC notification {{meldnummer}}',
    pdfScale: 'Scale',
    pdfDate: 'Date {{date}}',
    north: 'N',
  },
};
