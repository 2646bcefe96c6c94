-- The search form of a name now folds letters that Unicode does not decompose (ł → l, ø → o, æ → ae …;
-- server/modules/people/normalize-name.ts), so "Pawel" finds a stored "Paweł". Stored search forms are refolded
-- the same way; nothing else in a row changes.
UPDATE person_name
SET normalized = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
  normalized, 'ł', 'l'), 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'đ', 'd'), 'ð', 'd'), 'þ', 'th'), 'ı', 'i'), 'ħ', 'h'), 'ŧ', 't')
WHERE normalized ~ '[łøæœßđðþıħŧ]';
