// Given names that refer to the same person: diminutives (Bob ↔ Robert), and spellings that come from
// transliteration (Mohammed ↔ Muhammad ↔ Mohamed). Each row is one group; a name may sit in several. Female and
// male forms are different names (Nicola is not Nicholas, Alexandra not Alexander), though they may share a
// short form (Nicky, Alex, Sam). Extend by adding rows: the engine reads nothing else.
const GROUPS: readonly (readonly string[])[] = [
  ['robert', 'rob', 'robbie', 'bob', 'bobby', 'bert'],
  ['william', 'will', 'bill', 'billy', 'liam', 'willy'],
  ['richard', 'rich', 'richie', 'rick', 'ricky', 'dick'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jon', 'johnny', 'jack', 'jonathan', 'jonny'],
  ['michael', 'mike', 'mick', 'mickey', 'micky', 'michal'],
  ['thomas', 'tom', 'tommy'],
  ['christopher', 'chris', 'kit'],
  ['matthew', 'matt', 'mat'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davy', 'dai', 'dafydd'],
  ['anthony', 'tony', 'antony'],
  ['andrew', 'andy', 'drew'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['stephen', 'steven', 'steve', 'stevie'],
  ['alexander', 'alex', 'alec', 'sandy'],
  ['alexandra', 'alexa', 'lexi', 'alex', 'sandy'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sammie', 'sam', 'sammy'],
  ['joseph', 'joe', 'joey', 'yusuf', 'yousef', 'youssef', 'yousaf'],
  ['nicholas', 'nick', 'nicky'],
  ['nicola', 'nicole', 'nikki', 'nicky'],
  ['peter', 'pete', 'piotr', 'pieter', 'pietro'],
  ['charles', 'charlie', 'chas', 'chuck'],
  ['henry', 'harry', 'hal'],
  ['timothy', 'tim', 'timmy'],
  ['patrick', 'pat', 'paddy', 'padraig'],
  ['philip', 'phillip', 'phil'],
  ['joshua', 'josh'],
  ['nathaniel', 'nathan', 'nat'],
  ['paul', 'pawel', 'paulo', 'pablo'],
  ['lukasz', 'lucas'],
  ['krzysztof', 'krzys'],
  ['gareth', 'gaz', 'gary'],
  ['callum', 'calum'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kath', 'cathy', 'kathy', 'kat'],
  ['margaret', 'maggie', 'meg', 'peggy', 'megan'],
  ['jennifer', 'jen', 'jenny'],
  ['rebecca', 'becky', 'becca'],
  ['victoria', 'vicky', 'vikki', 'tori'],
  ['susan', 'sue', 'susie', 'suzie', 'suzy', 'suzanne'],
  ['stephanie', 'steph', 'steff'],
  ['charlotte', 'lottie', 'charly', 'charlie'],
  ['jacqueline', 'jackie', 'jacky'],
  ['natalie', 'natalia', 'nathalie', 'nat'],
  ['katarzyna', 'kasia'],
  ['magdalena', 'magda'],
  ['aleksandra', 'ola'],
  ['deborah', 'debra', 'debbie', 'deb'],
  ['jessica', 'jess', 'jessie'],
  ['abigail', 'abby', 'abi'],
  ['amanda', 'mandy'],
  ['zoe', 'zoey'],
  ['siobhan', 'shevaun', 'shivaun', 'chevonne'],
  ['sinead', 'shinead'],
  ['niamh', 'neve', 'neave'],
  ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'muhammed', 'mohamad', 'mohd', 'muhamed', 'mehmet', 'mo'],
  ['ahmed', 'ahmad', 'ahmet'],
  ['hussain', 'hussein', 'husain', 'hosein'],
  ['ibrahim', 'ebrahim', 'ibraheem'],
  ['abdul', 'abdel', 'abd'],
  ['omar', 'umar'],
  ['usman', 'osman', 'uthman'],
  ['khalid', 'khaled'],
  ['tariq', 'tarek', 'tarik'],
  ['hassan', 'hasan'],
  ['nasser', 'nasir', 'naser'],
  ['mahmood', 'mahmud', 'mehmood'],
  ['zainab', 'zaynab'],
  ['fatima', 'fatimah', 'fatma'],
  ['aisha', 'ayesha', 'aysha', 'ayisha'],
  ['maryam', 'mariam', 'miriam'],
  ['yasmin', 'yasmine', 'jasmine', 'jasmin'],
  ['priya', 'pria'],
  ['oluwaseun', 'seun', 'shaun', 'sean', 'shawn'],
  ['olumide', 'mide'],
  ['babatunde', 'tunde'],
  ['chukwuemeka', 'emeka'],
  ['oluwole', 'wole'],
  ['folasade', 'sade'],
  ['temitope', 'tope'],
  ['funmilayo', 'funmi'],
  ['chinedu', 'nedu'],
  ['kwame', 'kwami'],
  ['wei', 'way'],
  ['aleksander', 'aleksandr', 'oleksandr', 'olek'],
];

// A name may sit in several groups (Nicky is short for Nicola and for Nicholas; Alex for Alexandra and
// Alexander): two names are variants when they share a group, so Nicola and Nicholas are not.
const groupsOf = new Map<string, number[]>();
GROUPS.forEach((group, index) => {
  for (const name of group) groupsOf.set(name, [...(groupsOf.get(name) ?? []), index]);
});

/** A key shared by every variant of a given name in its first group (the name itself when it has none). */
export const givenNameKey = (name: string): string => {
  const group = groupsOf.get(name)?.[0];
  return group === undefined ? name : `g${group}`;
};

// Worked out once: the engine asks for a name's variants on every pair whose given names differ.
const otherVariantsOf = new Map([...groupsOf].map(([name, groups]) => [name, [...new Set(groups.flatMap((g) => GROUPS[g] ?? []))].filter((v) => v !== name)]));
const NONE: readonly string[] = [];

/** Every other name that shares a group with `name` (empty when it has none). */
export const otherGivenNameVariants = (name: string): readonly string[] => otherVariantsOf.get(name) ?? NONE;

export const areGivenNameVariants = (a: string, b: string): boolean => {
  if (a === b) return true;
  const x = groupsOf.get(a);
  const y = groupsOf.get(b);
  return x !== undefined && y !== undefined && x.some((g) => y.includes(g));
};

// Family names written differently in the Latin alphabet (transliteration from Arabic, Bengali, Urdu, Chinese,
// Vietnamese, Akan): the same surname, not a similar one. Each row is one group, as above. Arabic surnames
// that are also given names (Ahmed, Hassan) are spelt as the given names are.
const FAMILY_GROUPS: readonly (readonly string[])[] = [
  ['ahmed', 'ahmad', 'ahmet'],
  ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'muhammed', 'mohamad'],
  ['hassan', 'hasan'],
  ['ibrahim', 'ebrahim', 'ibraheem'],
  ['nasser', 'nasir', 'naser'],
  ['saleh', 'salih'],
  ['khalil', 'khaleel'],
  ['aziz', 'azeez'],
  ['yousaf', 'yusuf', 'yousef', 'youssef'],
  ['usman', 'osman', 'uthman'],
  ['rashid', 'rasheed'],
  ['saleem', 'salim'],
  ['hussain', 'hussein', 'husain', 'hossain', 'hosein'],
  ['rahman', 'rehman'],
  ['choudhury', 'chowdhury', 'chaudhry', 'chaudhary', 'choudhry'],
  ['siddiqui', 'siddiqi', 'siddique'],
  ['qureshi', 'kureshi', 'quraishi'],
  ['mahmood', 'mahmud', 'mehmood'],
  ['chen', 'chan'],
  ['zhang', 'cheung', 'chang'],
  ['wang', 'wong'],
  ['li', 'lee', 'lei'],
  ['liu', 'lau', 'lao'],
  ['huang', 'hwang'],
  ['nguyen', 'nguen'],
  ['mensah', 'mensa'],
  ['owusu', 'owusoo'],
];

const familyGroupOf = new Map<string, number>();
FAMILY_GROUPS.forEach((group, index) => {
  for (const name of group) if (!familyGroupOf.has(name)) familyGroupOf.set(name, index);
});

/** Two family names that are spellings of one surname (Rahman ↔ Rehman, Chen ↔ Chan). */
export const areFamilyNameSpellings = (a: string, b: string): boolean => a === b || (familyGroupOf.has(a) && familyGroupOf.get(a) === familyGroupOf.get(b));
