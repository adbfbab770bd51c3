/**
 * The account's name in a home directory's path (session 19, a red team's round 8, R13): a desktop
 * or mobile client's crash trace and log carry the home directory in every file path and stack
 * frame (`/Users/Astrid Solberg/Library/Logs/kago.log`, `at /Users/astrid.solberg/dev/app.js:12:5`,
 * `C:\Users\张伟\AppData\Local\Kago\app.exe`, `/home/zhangwei/app/log.txt`), and an SLS client its
 * log file's path as `__path__`. The segment after `/Users/`, `/home/`, `C:\Users\` (or `C:/Users/`)
 * and Windows XP's `C:\Documents and Settings\` is the account's user name, which the systems
 * derive from the owner's name by default: macOS's short name is the full name in lower case
 * (`astridsolberg`), Windows names a local account's folder after the name typed at set-up
 * (`Astrid Solberg`, `张伟`), Linux installers suggest the first name.
 *
 * Read as a name (`account.profile.name`), whatever its spelling (`Astrid Solberg`,
 * `astrid.solberg`, `zhangwei`): the key table reads `user_name` and `username` so, and the
 * taxonomy's `account.id` is the opaque id Kago knows a user by (`kago_30417`), which the
 * instant-messaging vendors are granted to deliver messages; a computer's login is not that id,
 * and read as one it would reach them.
 *
 * The segment is cut at the next `/` or `\`, or, when it runs on to the end of the path (`cd
 * /home/astrid`), at white space or a quote; a name with a space is read only when the path goes on
 * after it. Not read: accounts that are no person's, the system's and the build machines'
 * ({@link NOT_PEOPLE}: `/Users/runner/work`, `/home/ubuntu`, `/home/node`, `C:\Users\Public`,
 * `C:\Users\Default`, `/Users/Shared`, `root`, `admin`, `jenkins`, `ec2-user`, `svc-deploy`),
 * placeholders (`/home/<user>/`, `/Users/$USER/`, `C:\Users\%USERNAME%\`, `/home/username/`,
 * `/Users/yourname/`), a segment without a letter (`/home/1001`), and a route of a URL
 * (`https://kago.example/home/feed`, `/api/users/42`): the path must start the text or follow
 * white space, a quote, a bracket, `=`, `:` (`file:///Users/...`) or `,`.
 */
import type { CategoryKey } from "@kago/personal-data";
import type { EngineSpan } from "./percent-view.js";

const NAME: CategoryKey = "account.profile.name";

/**
 * What a home directory's path holds, for the prose search (case-insensitive there): `/Users/` or
 * `/home/` where a path starts (after white space, a quote, a bracket, `=`, `:` or `,`), or a drive
 * letter and `Users` or `Documents and Settings` between slashes or backslashes.
 */
export const HOME_DIRECTORY_HINT = String.raw`(?:^|[\s"'(\[=:,\x60])/+(?:users|home)/|\b[a-z]:[\\/]+(?:users|documents and settings)[\\/]`;

/**
 * The start of a home directory, the user's segment right after it: `/Users/` and `/home/` (as
 * macOS and Linux spell them), a drive letter and `Users` or `Documents and Settings` (either case
 * of `users`, as Windows writes paths in either, between one or more `\` or `/`: a JSON-escaped
 * `C:\\Users\\` in a log line too). No `u` flag: the prose search lets it run on few texts.
 */
const HOME_DIRECTORY =
  /(?:\/+(?:Users|home)\/+|(?<![A-Za-z\d])[A-Za-z]:[\\/]+(?:[Uu]sers|Documents and Settings)[\\/]+)/g;

/**
 * The characters a Unix path may stand after (see the module note): white space, a quote, `(`,
 * `[`, `=`, `:` (`file:///Users/...`, `file:/home/...`), `,`, a backquote; or the text's start (`NaN`).
 */
function opensPath(c: number): boolean {
  return (
    Number.isNaN(c) ||
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 34 ||
    c === 39 ||
    c === 40 ||
    c === 91 ||
    c === 61 ||
    c === 58 ||
    c === 44 ||
    c === 96 ||
    c === 0x3000
  );
}

/**
 * True when the Unix home directory whose slashes start at `start` opens a path: the text's start or
 * one of {@link opensPath}'s characters before its slashes.
 */
function startsPath(text: string, start: number): boolean {
  return opensPath(start === 0 ? Number.NaN : text.charCodeAt(start - 1));
}

/** The longest user segment read (Windows allows 20 characters, macOS 255; 64 covers full names). */
const MAX_SEGMENT = 64;

/**
 * The end of the user segment that starts at `from`: the next `/` or `\` when the path goes on
 * after it (`Astrid Solberg/`, spaces included), else the first white space, quote or other
 * character no path of a log line goes on over (`/home/astrid and`); -1 when a segment with no
 * space runs on past {@link MAX_SEGMENT}.
 */
function segmentEnd(text: string, from: number): number {
  let firstSpace = -1;
  for (let i = from; i < text.length && i - from <= MAX_SEGMENT; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 92) return i;
    if (c === 32 || c === 0x3000) {
      if (firstSpace === -1) firstSpace = i;
      continue;
    }
    if (
      c < 32 ||
      c === 34 ||
      c === 39 ||
      c === 96 ||
      c === 60 ||
      c === 62 ||
      c === 124 ||
      c === 59 ||
      c === 41
    )
      return firstSpace === -1 ? i : firstSpace;
  }
  if (text.length - from > MAX_SEGMENT) return firstSpace === -1 ? -1 : firstSpace;
  // a path that ends the text at a name of capitalised words (`/home/Astrid Solberg`) ends there
  return firstSpace === -1 || CAPITALISED_WORDS.test(text.slice(from)) ? text.length : firstSpace;
}

/** Words that each start with a capital, split by single spaces: a full name. */
const CAPITALISED_WORDS = /^\p{Lu}\S*(?: \p{Lu}\S*)+$/u;

/**
 * An HTTP method and white space before a path: a request line's route (`GET /home/feed 200`), not
 * a file's path.
 */
const REQUEST_LINE = /(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+$/;

/**
 * A web app's `/home/...` route (`/home/feed`, `/home/index`), which a request's log writes where a
 * path stands: the path (at `start`) follows an HTTP method (see {@link REQUEST_LINE}) or its
 * segment (at `from`) is a route's word ({@link ROUTE_WORDS}). macOS's `/Users/` is capitalised
 * and no route's.
 */
function isWebRoute(text: string, start: number, from: number): boolean {
  if (REQUEST_LINE.test(text.slice(Math.max(0, start - 8), start))) return true;
  ROUTE_WORD.lastIndex = from;
  const word = ROUTE_WORD.exec(text);
  return word !== null && ROUTE_WORDS.has(word[0].toLowerCase());
}

/** The word a segment starts with: letters, digits, `_` and `-`. */
const ROUTE_WORD = /[\w-]+/y;

/**
 * Words a web app's route puts after `/home/` (its home page's parts): no account's name. Session
 * 19 (a red team's round 9, A4): a live-streaming or social app's tabs too (`/home/live/hot`,
 * `/home/explore/trending`, `/home/messages/inbox`).
 */
const ROUTE_WORDS: ReadonlySet<string> = new Set(
  [
    "index feed feeds main page pages tab tabs banner banners list lists recommend recommended hot top new news search detail details info data config dashboard welcome api v1 v2 v3 home default about contact login logout",
    "live lives explore discover trending following followers follow friends moments nearby square plaza",
    "messages message inbox chat chats notifications notice games game music video videos room rooms",
    "channel channels profile settings mine shop mall store category categories rank ranking activity events",
  ]
    .join(" ")
    .split(" "),
);

/** A segment's trailing punctuation, which a sentence puts after a path (`in /home/astrid.`). */
const TRAILING = /[.,:;!?)\]]+$/;

/** A letter of any script: a user's segment without one (`1001`, `-`) names no one. */
const LETTER = /\p{L}/u;

/**
 * How a placeholder starts where documentation writes a user's segment: `<user>`, `{user}`,
 * `$USER`, `${USER}`, `%USERNAME%`, `[user]`, `*`, `...`, `~`, `_` (macOS's daemon accounts,
 * `_mbsetupuser`), `.` (`/home/.ecryptfs`).
 */
const PLACEHOLDER_START = /^[<{$%[*.~_@]/;

/**
 * Words of an account no person holds, in lower case (a segment is checked whole and word by word,
 * its words split by `-`, `_` and `.`, trailing digits dropped: `runner2`, `svc-deploy`,
 * `gitlab-runner`): the system's (`root`, `Public`, `Default`, `All Users`, `Shared`,
 * `WDAGUtilityAccount`), a PC maker's or Windows' first account (`lenovo`, `Owner`), cloud
 * images' default users (`ubuntu`, `ec2-user`, `azureuser`, `opc`, `pi`), containers' and build machines' (`node`, `runner`, `jenkins`, `circleci`, `jovyan`,
 * `linuxbrew`), services' (`postgres`, `www-data`), and the words documentation writes there
 * (`username`, `yourname`, `me`, `user`).
 */
const NOT_PEOPLE: ReadonlySet<string> = new Set(
  [
    // the system's
    "root admin administrator administrators public default defaultuser defaultuser0 all_users",
    "default_user shared guest guests nobody daemon system systemprofile localservice",
    "networkservice wdagutilityaccount lost+found",
    // the names a PC's maker or Windows' set-up gives the first account (`C:\Users\lenovo`,
    // `C:\Users\Owner`, common on Chinese and consumer PCs)
    "owner pc lenovo dell hp asus acer huawei honor xiaomi msi thinkpad toshiba samsung sony",
    "fujitsu gigabyte windows win10 win11 microsoft dev developer",
    // cloud images' and devices' default users
    "ubuntu debian centos fedora rocky almalinux alpine ec2 ec2-user cloud-user azureuser opc core",
    "pi vagrant kali parallels vboxuser chronos deck steam",
    // containers, notebooks, build and CI machines, development environments
    "node app apps appuser runner runners jenkins circleci travis buildkite buildbot bitbucket",
    "gitlab semaphore teamcity bamboo agent agents build builds builder ci cd codebuild",
    "codespace codespaces vscode gitpod coder jovyan rstudio linuxbrew homebrew docker",
    "git deploy deployer ansible bot bots svc service services daemon worker workers",
    // services
    "www www-data nginx apache httpd postgres postgresql mysql mariadb redis mongodb oracle",
    "hadoop spark kafka elastic elasticsearch zookeeper ftp sftp backup backups",
    // a server's shared folders under `/home/` (session 19, round 9, A4: `/home/work/data`)
    "work logs log",
    // what documentation writes there
    "user username user_name yourname your_name yourusername your_username myuser myname me",
    "you name test tester testuser demo example sample foo bar baz xxx someone somebody",
  ]
    .join(" ")
    .split(" "),
);

/** A word's trailing digits: `runner2`, `admin01`, `user1` are those accounts' numbered copies. */
const TRAILING_DIGITS = /\d+$/;

/** True when the segment `segment` is an account no person holds (see {@link NOT_PEOPLE}). */
function isNoPersonsAccount(segment: string): boolean {
  const lower = segment.toLowerCase().replaceAll(" ", "_"); // `All Users`, `Default User`
  if (NOT_PEOPLE.has(lower) || NOT_PEOPLE.has(lower.replace(TRAILING_DIGITS, ""))) return true;
  return lower.split(/[-_.]/).some((word) => NOT_PEOPLE.has(word.replace(TRAILING_DIGITS, "")));
}

/**
 * The account names in the home directories of the paths in `text` (see the module note), sorted;
 * `null` when none.
 */
export function findHomeDirectoryNames(text: string): EngineSpan[] | null {
  let spans: EngineSpan[] | null = null;
  HOME_DIRECTORY.lastIndex = 0;
  for (let m = HOME_DIRECTORY.exec(text); m !== null; m = HOME_DIRECTORY.exec(text)) {
    // a Unix path opens where a path may (a drive letter's is told by its own look-behind)
    if (m[0].charCodeAt(0) === 47 && !startsPath(text, m.index)) continue;
    const from = m.index + m[0].length;
    if (m[0].includes("home") && isWebRoute(text, m.index, from)) continue;
    let end = segmentEnd(text, from);
    if (end === -1) continue;
    const trailing = TRAILING.exec(text.slice(from, end));
    if (trailing !== null) end -= trailing[0].length;
    const segment = text.slice(from, end);
    // one character (`C:\Users\x`, `/home/a/`) is a placeholder as often
    if (segment.length < 2 || PLACEHOLDER_START.test(segment) || !LETTER.test(segment)) continue;
    if (isNoPersonsAccount(segment)) continue;
    spans ??= [];
    spans.push([from, end, NAME]);
  }
  return spans;
}
