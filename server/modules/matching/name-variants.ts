// Given names that refer to the same person: diminutives (Bob ↔ Robert), and spellings that come from
// transliteration (Mohammed ↔ Muhammad ↔ Mohamed). Each row is one group; a name may sit in one group only.
// Extend by adding rows: the engine reads nothing else.
const GROUPS: readonly (readonly string[])[] = [
  ['robert', 'rob', 'robbie', 'bob', 'bobby', 'bert'],
  ['william', 'will', 'bill', 'billy', 'liam', 'willy'],
  ['richard', 'rich', 'richie', 'rick', 'ricky', 'dick'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jon', 'johnny', 'jack', 'jonathan', 'jonny'],
  ['michael', 'mike', 'mick', 'mickey', 'micky'],
  ['thomas', 'tom', 'tommy'],
  ['christopher', 'chris', 'kit'],
  ['matthew', 'matt', 'mat'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davy', 'dai', 'dafydd'],
  ['anthony', 'tony', 'antony'],
  ['andrew', 'andy', 'drew'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['stephen', 'steven', 'steve', 'stevie'],
  ['alexander', 'alex', 'alec', 'sandy', 'alexandra', 'alexa'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy', 'samantha'],
  ['joseph', 'joe', 'joey', 'yusuf', 'yousef', 'youssef'],
  ['nicholas', 'nick', 'nicky', 'nicola'],
  ['peter', 'pete'],
  ['charles', 'charlie', 'chas', 'chuck'],
  ['henry', 'harry', 'hal'],
  ['timothy', 'tim', 'timmy'],
  ['patrick', 'pat', 'paddy'],
  ['gareth', 'gaz', 'gary'],
  ['callum', 'calum'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kath', 'cathy', 'kathy', 'kat'],
  ['margaret', 'maggie', 'meg', 'peggy', 'megan'],
  ['jennifer', 'jen', 'jenny'],
  ['rebecca', 'becky', 'becca'],
  ['victoria', 'vicky', 'vikki', 'tori'],
  ['susan', 'sue', 'susie', 'suzanne'],
  ['deborah', 'debra', 'debbie', 'deb'],
  ['jessica', 'jess', 'jessie'],
  ['abigail', 'abby', 'abi'],
  ['amanda', 'mandy'],
  ['zoe', 'zoey'],
  ['siobhan', 'shevaun', 'shivaun'],
  ['niamh', 'neve', 'neave'],
  ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'muhammed', 'mohamad', 'mohd', 'muhamed', 'mehmet', 'mo'],
  ['ahmed', 'ahmad', 'ahmet'],
  ['hussain', 'hussein', 'husain', 'hosein'],
  ['ibrahim', 'ebrahim', 'ibraheem'],
  ['abdul', 'abdel', 'abd'],
  ['fatima', 'fatimah', 'fatma'],
  ['aisha', 'ayesha', 'aysha', 'ayisha'],
  ['maryam', 'mariam', 'miriam'],
  ['yasmin', 'yasmine', 'jasmine', 'jasmin'],
  ['priya', 'pria'],
  ['oluwaseun', 'seun', 'shaun', 'sean', 'shawn'],
  ['olumide', 'mide'],
  ['chinedu', 'nedu'],
  ['kwame', 'kwami'],
  ['wei', 'way'],
  ['aleksander', 'aleksandr', 'oleksandr', 'olek'],
  ['piotr', 'peter'],
];

const groupOf = new Map<string, number>();
GROUPS.forEach((group, index) => {
  for (const name of group) if (!groupOf.has(name)) groupOf.set(name, index);
});

/** A key shared by every variant of a given name (the name itself when it has none). */
export const givenNameKey = (name: string): string => {
  const group = groupOf.get(name);
  return group === undefined ? name : `g${group}`;
};

export const areGivenNameVariants = (a: string, b: string): boolean => a === b || (groupOf.has(a) && groupOf.get(a) === groupOf.get(b));
