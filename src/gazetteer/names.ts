/**
 * Family names of East Asian people, who are written family name first ("Xi Jinping", "Kim Jong Un", "Moon Jae-in"):
 * news refers to them by the first word of the name ("Xi"), not the last. Listed: the most common Chinese, Korean
 * and Vietnamese family names in romanised form (folded by foldName).
 */
import { foldName } from './normalize.js';

const CHINESE = 'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu zhong cui tan fan shi qian xi hua mao bo wen kong lai';
const KOREAN = 'kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong jeon ko moon yang son bae baek heo nam roh chun';
const VIETNAMESE = 'nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly';

export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(
  [CHINESE, KOREAN, VIETNAMESE].flatMap((list) => list.split(' ')).map(foldName),
);

/**
 * The Arabic article joined to a surname by a hyphen ("al-Chalabi", "el-Sisi", "ash-Shara"): news writes the surname
 * alone with or without it ("Al-Chalabi said", "Chalabi said"), so a surname alone is compared without it.
 */
export const JOINED_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ul)[-‐‑](?=\p{Lu})/iu;
