// Relative size of each force (codes of migration 0002), used to spread a national synthetic workforce.
// Source: Home Office, "Police workforce, England and Wales", officer headcount at 30 September 2019,
// rounded to the nearest 50; national bodies from their annual reports (BTP from the same table; CNC, MDP and
// the NCA approximately). Only proportions matter: the generator scales them to the requested number of people.
export const FORCE_HEADCOUNT: readonly (readonly [string, number])[] = [
  ['MPS', 31550], ['WMP', 6550], ['GMP', 6600], ['WYP', 5300], ['TVP', 4300], ['MER', 3650], ['KEN', 3600], ['ESX', 3250],
  ['NBR', 3150], ['DC', 3100], ['SWP', 3050], ['BTP', 3000], ['LAN', 2950], ['ASP', 2850], ['SUS', 2750], ['HAM', 2750],
  ['SYP', 2450], ['WMC', 2150], ['HER', 2050], ['CHE', 2050], ['NTT', 1950], ['SUR', 1950], ['HUM', 1950], ['LEI', 1850],
  ['DER', 1850], ['NFK', 1700], ['STA', 1600], ['CAM', 1500], ['NWP', 1500], ['NYP', 1450], ['GWE', 1300], ['NTH', 1300],
  ['DOR', 1250], ['CLE', 1250], ['BDF', 1200], ['SUF', 1200], ['CUM', 1200], ['DP', 1150], ['GLO', 1150], ['DUR', 1150],
  ['LIN', 1100], ['WIL', 1000], ['WAR', 950], ['COL', 750], ['NCA', 4500], ['MDP', 2600], ['CNC', 1500],
];

// Ethnic mix of a force's workforce (ONS 2021 groups, per cent). London's workforce is far more diverse than
// the rest of England and Wales (Home Office workforce statistics, March 2023, rounded).
export const ETHNIC_MIX: Record<'london' | 'elsewhere', readonly (readonly ['asian' | 'black' | 'mixed' | 'white' | 'other' | 'not_stated', number])[]> = {
  london: [['white', 75], ['asian', 9], ['black', 5], ['mixed', 5], ['other', 2], ['not_stated', 4]],
  elsewhere: [['white', 89.5], ['asian', 3.5], ['black', 1.5], ['mixed', 2.5], ['other', 1], ['not_stated', 2]],
};

export const isLondonForce = (forceId: string): boolean => forceId === 'MPS' || forceId === 'COL';
