import type { DeliveryPlan } from './delivery-plan.ts';
import { href, inspire, measure, text, waarde } from './gml-writer.ts';
import type { CableKind, ThemeSpec } from './themes.ts';

const VOLTAGE: Record<string, number> = {
  laagspanning: 400,
  middenspanning: 10_000,
  hoogspanning: 150_000,
  landelijkHoogspanningsnet: 380_000,
};
const PRESSURE: Record<string, number> = {
  gasLageDruk: 0.1,
  gasHogeDruk: 8,
  buisleidingGevaarlijkeInhoud: 40,
  petrochemie: 60,
  water: 4,
  warmte: 12,
  rioolOnderOverOfOnderdruk: 3,
};
const MATERIALS = ['polyethylene', 'PVC', 'steel', 'asbestos-cement', 'concrete', 'polyester'];

const material = (plan: DeliveryPlan) =>
  href('imkl:buismateriaalType', waarde('PipeMaterialTypeIMKLValue', plan.random.pick(MATERIALS)));

/** The INSPIRE properties of each cable kind: voltage, diameter and pressure, product, material. */
export function kindSpecific(plan: DeliveryPlan, kind: CableKind, spec: ThemeSpec): string[] {
  const { random } = plan;
  const pipe = [
    measure('us-net-common:pipeDiameter', random.int(4, 60) * 10, 'mm'),
    measure('us-net-common:pressure', PRESSURE[spec.thema] ?? 0, 'bar'),
  ];
  switch (kind) {
    case 'Elektriciteitskabel':
      return [
        measure('us-net-el:operatingVoltage', VOLTAGE[spec.thema] ?? 400, 'V'),
        measure('us-net-el:nominalVoltage', VOLTAGE[spec.thema] ?? 400, 'V'),
      ];
    case 'OlieGasChemicalienPijpleiding':
      return [
        ...pipe,
        href(
          'us-net-ogc:oilGasChemicalsProductType',
          inspire(
            'OilGasChemicalsProductTypeValue',
            spec.thema === 'petrochemie' ? 'chemicals' : 'naturalGas',
          ),
        ),
      ];
    case 'Telecommunicatiekabel':
      return [
        href(
          'us-net-tc:telecommunicationsCableMaterialType',
          waarde(
            'TelecommunicationsCableMaterialTypeIMKLValue',
            random.pick(['opticalFiber', 'coaxial', 'twistedCopperPair']),
          ),
        ),
      ];
    case 'Waterleiding':
      return [...pipe, href('us-net-wa:waterType', inspire('WaterTypeValue', 'potable'))];
    case 'Rioolleiding':
      return [
        ...pipe,
        href(
          'us-net-sw:sewerWaterType',
          inspire('SewerWaterTypeValue', random.pick(['combined', 'sanitary', 'storm'])),
        ),
      ];
    case 'ThermischePijpleiding':
      return [
        ...pipe,
        text('us-net-th:thermalProductType', waarde('ThermalProductTypeIMKLValue', 'warmwater')),
      ];
    case 'Mantelbuis':
      return [measure('us-net-common:pipeDiameter', random.int(10, 50) * 10, 'mm')];
    case 'Kabelbed':
    case 'Duct':
      return [measure('us-net-common:ductWidth', random.int(2, 12) * 10, 'cm')];
    case 'Overig':
      return [];
  }
}

/** The IMKL properties that close a cable or pipe: cable diameter, product type or pipe material. */
export function kindTrailer(plan: DeliveryPlan, kind: CableKind, spec: ThemeSpec): string[] {
  if (kind === 'Elektriciteitskabel' || kind === 'Telecommunicatiekabel')
    return [measure('imkl:kabelDiameter', plan.random.int(8, 90), 'mm')];
  if (kind === 'Overig')
    return [text('imkl:producttype', spec.thema === 'wees' ? 'Onbekend' : 'Signaal & sturing')];
  if (kind === 'Kabelbed' || kind === 'Duct') return [];
  return [material(plan)];
}
