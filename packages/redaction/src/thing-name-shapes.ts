/**
 * A value that reads as a thing's name, not a person's (session 20): where a word names a
 * product's, a plan's or a gift's field as often as a person's (a table's column labelled `Name`, a
 * search filter's `name` field: `category-shapes.ts`), a value there goes as a person's name unless
 * it reads as a thing's. A red team's round 9 (A7) found product names lost under such a label
 * (`Gift Box`, `Premium Plan`, `iPhone 15`); the fix that made the value decide left a person's name
 * that no name reader knows passing (`Nguyễn Văn An`, `Oluwaseun Adeyemi`, `周迅`), so the default
 * is now the person's, and a thing's name is read by what a person's never holds:
 * - a digit (`iPhone 15`, `Diamond Pack 680`, `Microsoft 365 Family`);
 * - a sign a name has no use for (`Disney+`, `AT&T`, `Node.js`, `sku_123`; not a hyphen, an
 *   apostrophe or a comma: `Jean-Pierre`, `O'Brien`, `Solberg, Astrid`);
 * - letters cased as a brand's or a code's: a capital inside a word after a small letter
 *   (`iPhone`, `GitHub`, `YouTube`; not `McCarthy`, `MacLeod`, `DeShawn`, `LaToya`, whose capital
 *   follows one of a name's prefixes), or a word of two to four capitals that is no listed name in
 *   a value that has small letters too (`API Gateway`, `VIP Membership`; not `LI Na`);
 * - a possessive before another word (`Collector's Edition`, `Men's Running Shoes`);
 * - a word of a thing's name ({@link THING_WORDS}: `Box`, `Plan`, `Pack`, `Gift`, `Card`, `Pro`,
 *   `Gateway`, `Shoes`, `of`, `with`...), none of them a listed given name or surname (`Rose`,
 *   `Ruby`, `King` are: `Rose Adeyemi` is a person's); in Chinese a thing's word (`会员`, `礼包`)
 *   or a last ideograph that ends things' names and no given name (`卡`, `币`, `车`: `周卡`,
 *   `金币`; {@link HAN_THING_ENDINGS});
 * - more words than a name has: five or more, not counting a name's particles (`de`, `van`, `bin`).
 *
 * Measured on 378 product, plan and gift names in Latin letters and 337 persons' names of many
 * languages, and on 483 Chinese gift and product names chosen to start with a surname's character
 * and 320 Chinese persons' names: the package README. Accepted: two ordinary words without a
 * thing's word go (`Golden Rose`, `Midnight Velvet`, `Harry Potter`), as a person's name of two
 * words no list knows has the same shape.
 */
import { GIVEN_NAMES, SURNAMES, WORD_GIVEN_NAMES, WORD_SURNAMES } from "./name-lists.js";

/**
 * Words (lower case) of products', plans', gifts' and services' names that are no listed given
 * name or surname (a test holds them apart): plans and subscriptions, in-app purchases, goods,
 * gifts, food, software and cloud services, with a few of Spanish, Portuguese, French, German and
 * Indonesian shops; and the English words that join a thing's name (`of`, `with`, `and`, `for`).
 * Not words that are names in a language the lists miss: `Pan` (a Chinese surname), `To` and `My`
 * (Vietnamese `Tô`, `Mỹ` without their marks), `Kit`.
 */
export const THING_WORDS: ReadonlySet<string> = new Set(
  `
 plan plans tier subscription subscriptions membership pass access trial license licence seat seats
 credits credit upgrade addon add-on monthly annual annually yearly weekly daily lifetime premium pro
 plus basic starter essentials essential professional enterprise business team teams family
 individual student students duo free unlimited advanced ultimate deluxe edition version bundle
 bundles pack packs package packages set box boxes bag chest crate collection combo offer offers
 deal deals sale discount coupon voucher ticket tickets card cards gift gifts giftcard reward rewards
 bonus booster boost doubler refill energy lives coins coin gems gem diamonds gold silver bronze
 platinum vip level levels ads ad remove unlock standard preferred super mega ultra extra mini
 shoes shoe sneakers boots socks shirt tee t-shirt jeans pants trousers shorts jacket coat sweater
 hoodie sweatshirt dress skirt cap hat beanie scarf gloves wallet backpack tote necklace earrings
 bracelet ring watch sunglasses perfume parfum cream serum lotion shampoo balm mug cup bottle
 tumbler skillet knife kettle machine cooker blender fryer vacuum purifier humidifier candle
 diffuser mat dumbbells roller tent leash feeder hose pot pillow blanket towel lamp chair desk
 table shelf bookshelf rack clock frame speaker earbuds headphones charger cable protector
 keyboard mouse tracker monitor laptop phone tablet camera stroller puzzle toys figure game
 games cake cookie cookies muffin pizza cheeseburger salad bowl platter wings toast
 latte coffee brew roast blend chocolate candy candies ice juice smoothie sandwich soup noodles
 bouquet rocket car yacht fireworks castle crown balloon balloons letter wand rainbow unicorn
 dragon heart hearts lollipop universe doughnut donut flowers flower ocean
 board bank spin press bands rope dryer toothbrush blocks bed pad grill mower oven microwave
 toaster conditioner magnets containers container basket flask trash rack sieve
 strainer whisk wok spatula tongs peeler grater slicer stand tray plate spoon fork glass jar oil
 sink mirror mirrors stove sofa couch wardrobe recliner umbrella binoculars surfboard snowboard
 swimsuit flops sunscreen cleaner processor grinder maker console printer television
 refrigerator dishwasher treadmill onions pepper peppers potatoes lemon milk eggs egg meat
 steak chicken beef food honey drinks water fruit bread cheese butter sauce spice salt sugar
 flour pasta lipstick polish mascara palette eyeshadow powder canister cosmetics lash nail cleats
 trainers tshirt plaid sleeve belt wear chic touch trends beauty fashion couture
 timepieces red yellow purple orange
 app apps gateway balancer storage functions function queue database firewall network compute
 kubernetes server servers cluster api sdk cloud engine suite platform hub analytics dashboard
 console service services bucket instance instances
 paquete plano caja regalo tarjeta suscripción mensual anual básico pacote assinatura cartão
 presente mensal caixa abonnement coffret carte cadeau mensuel annuel paket geschenk karte
 monatlich jährlich hadiah kartu langganan bulanan tahunan
 inc ltd llc gmbh corp eau
 of with and for the from by your our up us all off out one two three new
`
    .split(/\s+/)
    .filter((word) => word !== ""),
);

/** Chinese words of things' names that a given name never holds (`黄金会员`, `王者荣耀礼包`). */
const HAN_THING_WORDS: readonly string[] = ["会员", "礼包", "礼盒", "套餐", "特效", "段位"];

/**
 * Ideographs that end things' names and no given name (none is among `han-full-names.ts`' given
 * names' characters): passes, coins, vouchers and boxes (`周卡`, `金币`), vehicles, drinks, food,
 * clothes, tools, animals, places (`楼`, `桥`) and a family's brand (`崔氏`).
 */
const HAN_THING_ENDINGS: ReadonlySet<string> = new Set(
  [
    "卡币券票包盒箱袋礼车机船舰艇酒茶奶糖饼面粉油醋汤鞋帽衣裤裙袜巾表灯瓶杯罐桶笔盘勺碗锅刀枪",
    "球棒珠钻冠戒链环镜器具服装菜瓜果桃梨枣豆米鱼虾蟹鸡鸭鹅兔猪狗猫熊猴鸽虎狮牛羊蛋肉排条块片",
    "砖瓷窑俑节楼桥井泉色氏图书葵铁爵舟卜尔榴螺酸筒桔菇甲蹄眼边皮檎像头额鹃务记浮匠队豚爷姆岁",
    "虫选侠导工创角篱根料炸词粱砂萸神",
  ]
    .join("")
    .split(""),
);

/** A name's particles, not counted among its words (`Juan Carlos de la Fuente`, `Khalid bin Walid`). */
const PARTICLES: ReadonlySet<string> = new Set(
  "de del della der den da das do dos di du la le las los van von ter ten bin binti bint ibn al el y e".split(
    " ",
  ),
);

/** The most words of a person's name, particles left out. */
const MOST_NAME_WORDS = 4;

/**
 * A sign a person's name has no use for: anything but letters, marks, white space, `-`, `'`, `’`,
 * `,`, `.` and brackets (`Disney+`, `AT&T`, `sku_123`, `50%`); and a digit of any script.
 */
const THING_SIGN = /[^\p{L}\p{M}\s'’,.()-]|\p{Nd}/u;

/** A dot between two letters, as a domain or a file has (`Node.js`, `Amazon.com`; not `J. Smith`). */
const DOT_IN_WORD = /\p{L}\.\p{L}/u;

/** A possessive before another word (`Collector's Edition`, `Chef’s Knife`). */
const POSSESSIVE_BEFORE_WORD = /\p{L}['’]s\s+\p{L}/u;

/**
 * A capital inside a word after a small letter, with what stands before it in the word: a brand's
 * or a code's casing (`iPhone`, `GitHub`), unless that is one of a name's prefixes ({@link
 * NAME_PREFIXES}: `McCarthy`, `DeShawn`).
 */
const INNER_CAPITAL = /(?<![\p{L}\p{M}])([\p{L}\p{M}]*?\p{Ll})\p{Lu}/gu;

/** What may stand before a capital inside a person's name (lower case): `Mc`, `Mac`, `De`, `La`... */
const NAME_PREFIXES: ReadonlySet<string> = new Set(
  "mc mac de da di du la le van von fitz ja ra ta ke sha dar jo mar ka ty".split(" "),
);

/** A word of two to four capitals (`API`, `VIP`, `XP`). */
const CAPITALS_WORD = /^\p{Lu}{2,4}$/u;

/** True when `word` (lower case) is a listed given name or surname, a common word's too. */
function isListedName(word: string): boolean {
  return GIVEN_NAMES.has(word) || SURNAMES.has(word) || WORD_GIVEN_NAMES.has(word) || WORD_SURNAMES.has(word);
}

/** True when `value` holds a capital inside a word after something no name's prefix is (`iPhone`). */
function hasBrandCasing(value: string): boolean {
  INNER_CAPITAL.lastIndex = 0;
  for (let m = INNER_CAPITAL.exec(value); m !== null; m = INNER_CAPITAL.exec(value)) {
    if (!NAME_PREFIXES.has((m[1] as string).toLowerCase())) return true;
    INNER_CAPITAL.lastIndex = m.index + (m[1] as string).length;
  }
  return false;
}

/** True when `value` holds one of the Chinese things' words or ends in a thing's ideograph. */
export function holdsHanThingWord(value: string): boolean {
  if (HAN_THING_ENDINGS.has(value.charAt(value.length - 1))) return true;
  for (const word of HAN_THING_WORDS) if (value.includes(word)) return true;
  return false;
}

/** True when `value` reads as a thing's name by the module comment's marks. */
export function readsAsThingName(value: string): boolean {
  if (THING_SIGN.test(value) || DOT_IN_WORD.test(value) || POSSESSIVE_BEFORE_WORD.test(value)) return true;
  if (hasBrandCasing(value) || holdsHanThingWord(value)) return true;
  const hasSmall = value !== value.toUpperCase();
  let words = 0;
  for (const raw of value.split(/[\s,()]+/)) {
    if (raw === "") continue;
    const word = raw.replace(/\.$/, "");
    const lower = word.toLowerCase();
    if (THING_WORDS.has(lower)) return true;
    if (hasSmall && CAPITALS_WORD.test(word) && !isListedName(lower)) return true;
    if (!PARTICLES.has(lower)) words++;
  }
  return words > MOST_NAME_WORDS;
}
