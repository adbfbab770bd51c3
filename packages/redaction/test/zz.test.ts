import { it } from "vitest";
import { redactedMessage, redactorWith } from "./helpers.js";

it("probe", () => {
  const r = redactorWith();
  for (const m of [
    "gps fix lat=59.9139 lon=10.7522 acc=12",
    "location updated to (59.9139, 10.7522)",
    "user location: lat 59.9139, lng 10.7522",
    "Lat: 59.9139 Long: 10.7522",
    "payment failed for card ****1486",
    "card ending in 1486",
    "charged 4539 5787 6362 1486 $4.99",
    "order_id=4539578763621486",
    "passport_no=E12345678;name=Astrid",
    "Passport number: E12345678",
    "IBAN NO93 8601 1117 947",
    "iban: DE89370400440532013000",
    "我的支付宝账号是13800138000",
    "支付宝：astrid@example.org",
    "alipay account astrid_pay",
    "我在北京市朝阳区建国路88号",
    "送到上海市浦东新区世纪大道100号",
    "ship to 221B Baker Street, London NW1 6XE",
  ])
    console.log(JSON.stringify(m), "=>", JSON.stringify(redactedMessage(r, m, "facebook")));
});
