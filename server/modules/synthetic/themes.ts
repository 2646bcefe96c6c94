// What synthetic allegations are about: each theme fixes a coherent Standard, IOPC category and thematic tags,
// with a weight (how common it is) and a seriousness (how likely gross misconduct is).
import type { IopcCategory, Standard, ThematicTag } from '../../../shared/case-vocabulary.js';

export type Theme = {
  key: string;
  weight: number;
  standard: Standard;
  iopcCategory: IopcCategory;
  tags: readonly ThematicTag[];
  /** Probability that severity is assessed as gross misconduct when it is misconduct at all. */
  gross: number;
  summary: string;
  descriptions: readonly string[];
};

export const THEMES: readonly Theme[] = [
  { key: 'incivility', weight: 22, standard: 'authority_respect_courtesy', iopcCategory: 'individual_behaviours', tags: [], gross: 0.02, summary: 'rude and dismissive manner towards a member of the public', descriptions: ['Was rude and dismissive to the complainant', 'Swore at the complainant during a stop', 'Refused to give name and number when asked', 'Spoke to a victim in a belittling way'] },
  { key: 'duties', weight: 20, standard: 'duties_responsibilities', iopcCategory: 'delivery_of_duties', tags: [], gross: 0.04, summary: 'failure to investigate a reported crime properly', descriptions: ['Failed to record a reported crime', 'Did not follow up a report of harassment', 'Failed to update the victim as promised', 'Did not secure evidence at the scene'] },
  { key: 'powers', weight: 10, standard: 'orders_instructions', iopcCategory: 'police_powers', tags: [], gross: 0.05, summary: 'use of stop and search and arrest powers', descriptions: ['Searched the complainant without reasonable grounds', 'Arrest was unnecessary', 'Entered premises without a power to do so', 'Failed to follow detention procedures in custody'] },
  { key: 'force', weight: 9, standard: 'use_of_force', iopcCategory: 'police_powers', tags: ['use_of_force'], gross: 0.2, summary: 'force used during an arrest', descriptions: ['Used excessive force during an arrest', 'Used a Taser without justification', 'Struck a detained person', 'Applied handcuffs too tightly and ignored complaints of pain'] },
  { key: 'information', weight: 6, standard: 'confidentiality', iopcCategory: 'information', tags: ['information_misuse'], gross: 0.25, summary: 'police systems checked without a policing purpose', descriptions: ['Searched police systems for a former partner', 'Disclosed information about an investigation to a friend', 'Checked records of a neighbour without a policing purpose'] },
  { key: 'dishonesty', weight: 5, standard: 'honesty_integrity', iopcCategory: 'discreditable_conduct', tags: ['dishonesty'], gross: 0.45, summary: 'inaccurate records and an untruthful account', descriptions: ['Made an untruthful entry in a pocket notebook', 'Falsified duty records to claim overtime', 'Gave an inaccurate account in a statement'] },
  { key: 'corruption', weight: 2, standard: 'honesty_integrity', iopcCategory: 'abuse_of_position', tags: ['corruption'], gross: 0.7, summary: 'gifts accepted from a business under investigation', descriptions: ['Accepted gifts from a business owner under investigation', 'Passed information to a criminal associate for payment'] },
  { key: 'criminal_links', weight: 1.5, standard: 'discreditable_conduct', iopcCategory: 'abuse_of_position', tags: ['criminal_links'], gross: 0.5, summary: 'undeclared association with people involved in crime', descriptions: ['Failed to declare an association with a known drug supplier', 'Socialised with members of an organised crime group'] },
  { key: 'property', weight: 3, standard: 'duties_responsibilities', iopcCategory: 'handling_of_property', tags: [], gross: 0.05, summary: 'seized property lost or damaged', descriptions: ['Lost property seized during a search', 'Damaged the complainant’s door during entry'] },
  { key: 'vehicles', weight: 2, standard: 'duties_responsibilities', iopcCategory: 'police_vehicles', tags: [], gross: 0.05, summary: 'manner of driving a police vehicle', descriptions: ['Drove a police vehicle dangerously without justification', 'Collided with a parked car and did not report it'] },
  { key: 'fitness', weight: 1, standard: 'fitness_for_work', iopcCategory: 'individual_behaviours', tags: [], gross: 0.2, summary: 'reported for duty unfit', descriptions: ['Reported for duty under the influence of alcohol'] },
  { key: 'misogyny', weight: 3, standard: 'equality_diversity', iopcCategory: 'discriminatory_behaviour', tags: ['misogyny'], gross: 0.3, summary: 'sexist and demeaning comments about women colleagues', descriptions: ['Made demeaning comments about women colleagues', 'Told a female colleague she was not fit for response duties because she is a woman'] },
  { key: 'online', weight: 2, standard: 'discreditable_conduct', iopcCategory: 'discreditable_conduct', tags: ['online_conduct', 'misogyny'], gross: 0.4, summary: 'offensive messages in a private messaging group', descriptions: ['Shared offensive images in a private messaging group', 'Posted derogatory comments about victims on social media'] },
  { key: 'harassment', weight: 3, standard: 'authority_respect_courtesy', iopcCategory: 'sexual_conduct', tags: ['sexual_harassment'], gross: 0.35, summary: 'unwanted sexual comments and touching at work', descriptions: ['Made unwanted sexual comments to a colleague', 'Touched a colleague without consent at a work event', 'Sent sexual messages to a junior colleague'] },
  { key: 'predatory', weight: 1, standard: 'discreditable_conduct', iopcCategory: 'sexual_conduct', tags: ['predatory_behaviour', 'misogyny'], gross: 0.6, summary: 'repeated unwanted contact with a vulnerable woman met on duty', descriptions: ['Contacted a vulnerable victim repeatedly for non-policing reasons', 'Used a witness’s details to pursue a personal relationship'] },
  { key: 'sexual_assault', weight: 0.8, standard: 'discreditable_conduct', iopcCategory: 'sexual_conduct', tags: ['sexual_assault'], gross: 0.9, summary: 'sexual assault reported to the force', descriptions: ['Sexually assaulted a member of the public', 'Sexually assaulted a colleague after a social event'] },
  { key: 'apsp', weight: 0.8, standard: 'honesty_integrity', iopcCategory: 'abuse_of_position', tags: ['abuse_of_position_sexual_purpose', 'predatory_behaviour'], gross: 0.9, summary: 'abuse of position for a sexual purpose', descriptions: ['Pursued a sexual relationship with a victim of domestic abuse met on duty', 'Offered to help a suspect in return for a sexual relationship'] },
  { key: 'domestic_abuse', weight: 2, standard: 'discreditable_conduct', iopcCategory: 'discreditable_conduct', tags: ['domestic_abuse'], gross: 0.55, summary: 'domestic abuse reported by a partner', descriptions: ['Was reported for controlling and coercive behaviour by a partner', 'Assaulted a partner at home', 'Breached a non-molestation order'] },
  { key: 'racism', weight: 3, standard: 'equality_diversity', iopcCategory: 'discriminatory_behaviour', tags: ['racism'], gross: 0.45, summary: 'racist language towards a member of the public', descriptions: ['Used racist language towards a detained person', 'Made racist remarks about a colleague', 'Stopped the complainant because of his race'] },
  { key: 'homophobia', weight: 1, standard: 'equality_diversity', iopcCategory: 'discriminatory_behaviour', tags: ['homophobia'], gross: 0.4, summary: 'homophobic remarks', descriptions: ['Made homophobic remarks about a victim', 'Mocked a colleague’s sexual orientation'] },
  { key: 'other_discrimination', weight: 1.5, standard: 'equality_diversity', iopcCategory: 'discriminatory_behaviour', tags: ['other_discrimination'], gross: 0.3, summary: 'treated a disabled person less favourably', descriptions: ['Refused reasonable adjustments to a disabled complainant', 'Made derogatory remarks about a colleague’s religion'] },
  { key: 'challenging', weight: 1.2, standard: 'challenging_reporting', iopcCategory: 'other', tags: [], gross: 0.2, summary: 'failed to challenge or report a colleague’s conduct', descriptions: ['Did not report a colleague’s offensive messages', 'Failed to challenge a colleague’s use of force'] },
];

export const themeByKey = (key: string): Theme => {
  const theme = THEMES.find((t) => t.key === key);
  if (!theme) throw new Error(`no theme ${key}`);
  return theme;
};

// The planted escalation of a high-risk career: from sexist talk, to harassment, to predatory behaviour and
// domestic abuse, to sexual assault or abuse of position for a sexual purpose.
export const ESCALATION_LADDER: readonly (readonly string[])[] = [['misogyny', 'online'], ['harassment'], ['predatory', 'domestic_abuse'], ['sexual_assault', 'apsp', 'domestic_abuse']];

export const PLACES = ['the street', 'a custody suite', 'a police station', 'a private home', 'a police vehicle', 'a licensed premises', 'social media', 'a shopping centre', 'a railway station', 'off duty, at home'];
