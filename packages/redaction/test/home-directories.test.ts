/**
 * The account's name in a home directory's path (session 19, a red team's round 8, R13): macOS's
 * `/Users/`, Linux's `/home/`, Windows' `C:\Users\`, in file paths and stack frames; the near
 * misses are the accounts no person holds (CI runners, cloud images' users, the system's), the
 * placeholders documentation writes there and a web app's `/home/...` routes.
 */
import { describe, expect, it } from "vitest";
import { findHomeDirectoryNames } from "../src/home-directories.js";
import { redactedMessage, redactorWith } from "./helpers.js";

const r = redactorWith();
const NAME = "[redacted:account.profile.name]";
const names = (text: string) => (findHomeDirectoryNames(text) ?? []).map(([s, e]) => text.slice(s, e));

describe("the account's name in a home directory", () => {
  it.each([
    ["/Users/Astrid Solberg/Library/Logs/kago.log", "Astrid Solberg"],
    ["/Users/astrid.solberg/Library/Logs/kago.log", "astrid.solberg"],
    ["at Main (C:\\Users\\Astrid Solberg\\AppData\\Local\\Kago\\app.exe)", "Astrid Solberg"],
    ["C:\\Users\\张伟\\AppData\\Local\\Kago", "张伟"],
    ["c:/users/astrid/AppData/Roaming", "astrid"],
    ["C:\\Documents and Settings\\Astrid\\Desktop", "Astrid"],
    ["/home/zhangwei/app/log.txt", "zhangwei"],
    ["open failed: /Users/Astrid Solberg/Library/Logs/kago.log", "Astrid Solberg"],
    ["    at /Users/astrid.solberg/dev/kago/src/app.js:12:5", "astrid.solberg"],
    ["file:///Users/astrid/dev/x.js", "astrid"],
    ["file:///C:/Users/Astrid/Documents/a.txt", "Astrid"],
    ['{\\"p\\":\\"C:\\\\Users\\\\Astrid\\\\x\\"}', "Astrid"], // JSON escaped in a log line
    ["cd /home/astrid", "astrid"],
    ["cwd=/home/astrid.", "astrid"],
    ["/home/Astrid Solberg", "Astrid Solberg"], // the path ends at a full name
    ["cd /home/astrid and run it", "astrid"],
  ])("reads the name in %j", (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each([
    "/Users/runner/work/kago/kago/src/app.ts",
    "/Users/runner2/work",
    "/home/ubuntu/app",
    "/home/node/app/index.js",
    "/home/ec2-user/app",
    "/home/gitlab-runner/builds/x",
    "/home/svc-deploy/releases",
    "/home/linuxbrew/.linuxbrew/bin",
    "/home/jovyan/work",
    "C:\\Users\\Public\\Documents",
    "C:\\Users\\Default\\AppData",
    "C:\\Users\\x",
    "C:\\Users\\Administrator\\AppData",
    "C:\\Users\\lenovo\\Desktop",
    "C:\\Users\\Owner\\Documents",
    "C:\\Documents and Settings\\All Users\\Application Data",
    "C:\\Users\\Default User\\NTUSER.DAT",
    "/Users/Shared/kago",
    "/root/.npm/_logs",
    "/home/admin/x",
    "/home/<user>/x",
    "/Users/$USER/Library",
    "C:\\Users\\%USERNAME%\\AppData",
    "/home/username/.bashrc",
    "/Users/yourname/Library",
    "/home/1001/x",
    "https://kago.example/home/feed",
    "https://kago.example/home/astrid/profile", // a route of a URL
    "/srv/app/home/zhangwei/x", // not where a path starts
    "GET /home/feed 200",
    '"route":"/home/index"',
    // a live or social app's tabs and a server's shared folders (session 19, red team round 9 A4)
    '{"page":"/home/live/hot"}',
    "navigate /home/explore/trending",
    "/home/messages/inbox",
    "/home/work/data",
    "GET /api/users/42",
    "/var/www/users/astrid/x",
    "see ~/Library",
  ])("reads none in %j", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("cuts the name out of a path sent to aliyun, the path around it kept", () => {
    expect(redactedMessage(r, "open failed: /Users/Astrid Solberg/Library/Logs/kago.log")).toBe(
      `open failed: /Users/${NAME}/Library/Logs/kago.log`,
    );
    expect(redactedMessage(r, "/Users/Astrid Solberg/Documents")).toBe(`/Users/${NAME}/Documents`);
  });
});
