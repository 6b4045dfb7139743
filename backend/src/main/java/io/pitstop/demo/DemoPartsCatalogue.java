package io.pitstop.demo;

import io.pitstop.parts.PartOrigin;
import io.pitstop.parts.PartUnit;
import io.pitstop.parts.SupplierRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * What the demo's parts desk sells and from whom ({@link DemoParts} seeds it): a Volkswagen dealer's everyday parts
 * (and two for the Tesla that waits for one), each with its approved suppliers, lead times and agreed prices.
 */
final class DemoPartsCatalogue {

    private DemoPartsCatalogue() {
    }

    record Terms(String supplier, int leadDays, String price, boolean preferred) {
    }

    record Item(String key, String number, String zh, String en, String brand, PartOrigin origin, PartUnit unit, String price,
                String min, Integer months, Integer km, String shelf, List<Terms> terms) {
    }

    static final String VW = "VW";
    static final String ZC = "ZC";
    static final String BOSCH = "BOSCH";
    static final String TESLA = "TESLA";

    static final List<SupplierRequest> SUPPLIERS = List.of(
            new SupplierRequest("上汽大众华东配件中心", "SAIC Volkswagen East China Parts Centre", "021-69582000"),
            new SupplierRequest("上海众诚汽配有限公司", "Shanghai Zhongcheng Auto Parts", "021-55661234"),
            new SupplierRequest("博世汽车服务（上海）配件部", "Bosch Car Service Parts, Shanghai", "021-22180000"),
            new SupplierRequest("特斯拉上海零部件中心仓", "Tesla Shanghai Parts Warehouse", "400-9100707"));
    static final List<String> SUPPLIER_KEYS = List.of(VW, ZC, BOSCH, TESLA);

    private static Item vw(String key, String number, String zh, String en, PartUnit unit, String price, String min,
                           Integer months, Integer km, String shelf, String cost, Terms... more) {
        List<Terms> terms = new ArrayList<>();
        terms.add(new Terms(VW, 2, cost, true));
        terms.addAll(List.of(more));
        return new Item(key, number, zh, en, "大众 Volkswagen", PartOrigin.GENUINE, unit, price, min, months, km, shelf, terms);
    }

    /** The catalogue: list prices in yuan (VAT included) as a city dealer charges, agreed prices about 55 % of them. */
    static final List<Item> CATALOGUE = List.of(
            vw("oilFilter", "06L115562B", "机油滤清器", "Oil filter", PartUnit.PIECE, "98", "20", 6, 10_000, "A-01-1", "52",
                    new Terms(ZC, 1, "49", false)),
            vw("oil", "G052195M4", "全合成机油 5W-30（1 升）", "Synthetic engine oil 5W-30 (1 L)", PartUnit.LITRE, "98", "60", null, null,
                    "B-01-1", "55"),
            vw("airFilter", "5Q0129620D", "空气滤清器", "Engine air filter", PartUnit.PIECE, "168", "8", 12, 20_000, "A-01-2", "88"),
            vw("cabinFilter", "5Q0819653", "空调滤清器", "Cabin air filter", PartUnit.PIECE, "168", "8", 12, 20_000, "A-01-3", "86"),
            new Item("cabinFilterMann", "CUK2939", "空调滤清器（活性炭）", "Cabin air filter, activated carbon", "曼牌 MANN",
                    PartOrigin.CERTIFIED, PartUnit.PIECE, "128", "4", 6, 10_000, "A-01-4", List.of(new Terms(ZC, 1, "58", true))),
            vw("frontPads", "5Q0698151D", "前刹车片", "Front brake pads", PartUnit.SET, "480", "4", 12, 20_000, "A-02-1", "265",
                    new Terms(ZC, 1, "255", false)),
            vw("rearPads", "5Q0698451M", "后刹车片", "Rear brake pads", PartUnit.SET, "420", "4", 12, 20_000, "A-02-2", "230"),
            vw("frontDisc", "5Q0615301H", "前刹车盘", "Front brake disc", PartUnit.PIECE, "780", "2", 12, 20_000, "A-02-3", "420"),
            vw("rearDisc", "5Q0615601A", "后刹车盘", "Rear brake disc", PartUnit.PIECE, "560", "2", 12, 20_000, "A-02-4", "300"),
            vw("wearSensor", "5Q0907637", "刹车片磨损感应线", "Brake pad wear sensor", PartUnit.PIECE, "45", "4", 12, 20_000, "A-02-5", "22"),
            vw("caliper", "5Q0615424", "后刹车分泵", "Rear brake caliper", PartUnit.PIECE, "420", "1", 12, 20_000, "A-02-6", "235"),
            vw("brakeFluid", "B000750M3", "DOT4 制动液（1 升）", "Brake fluid DOT4 (1 L)", PartUnit.BOTTLE, "85", "10", null, null,
                    "B-02-1", "38", new Terms(ZC, 1, "36", false)),
            vw("plug", "06K905601B", "火花塞", "Spark plug", PartUnit.PIECE, "95", "8", 12, 20_000, "A-03-1", "48",
                    new Terms(BOSCH, 3, "46", false)),
            vw("coil", "06L905110G", "点火线圈", "Ignition coil", PartUnit.PIECE, "680", "2", 12, 20_000, "A-03-2", "380"),
            new Item("battery", "0092S4E410", "蓄电池 12V 70Ah", "Battery 12 V 70 Ah", "博世 Bosch", PartOrigin.CERTIFIED,
                    PartUnit.PIECE, "1280", "2", 24, null, "C-01-1", List.of(new Terms(BOSCH, 3, "720", true))),
            new Item("wipers", "3397007620", "雨刮片（一对）", "Wiper blades (pair)", "博世 Bosch", PartOrigin.CERTIFIED,
                    PartUnit.SET, "260", "8", 6, null, "C-02-1", List.of(new Terms(BOSCH, 3, "128", true), new Terms(ZC, 1, "135", false))),
            vw("coolant", "G013A8JM1", "冷却液 G13（1.5 升）", "Coolant G13 (1.5 L)", PartUnit.BOTTLE, "128", "6", null, null, "B-02-2", "62"),
            vw("atf", "G055540A2", "自动变速箱油（1 升）", "Automatic transmission fluid (1 L)", PartUnit.LITRE, "198", "12", null, null,
                    "B-01-2", "105"),
            new Item("refrigerant", "R1234YF-500", "R1234yf 冷媒（500 克）", "Refrigerant R1234yf (500 g)", "霍尼韦尔 Honeywell",
                    PartOrigin.CERTIFIED, PartUnit.BOTTLE, "320", "4", null, null, "B-03-1", List.of(new Terms(ZC, 1, "165", true))),
            vw("bulbH7", "N10732502", "近光灯泡 H7", "Low-beam bulb H7", PartUnit.PIECE, "65", "6", 6, null, "C-03-1", "28"),
            vw("bulbP21", "N17738202", "刹车灯泡 P21W", "Brake-light bulb P21W", PartUnit.PIECE, "18", "10", 6, null, "C-03-2", "6"),
            vw("timingKit", "04E198119A", "正时皮带套件", "Timing belt kit", PartUnit.SET, "1680", "1", 24, 60_000, "D-01-1", "960"),
            vw("waterPump", "06L121111M", "水泵", "Water pump", PartUnit.PIECE, "1380", "1", 24, 60_000, "D-01-2", "780"),
            vw("shock", "5Q0413031FP", "前减震器", "Front shock absorber", PartUnit.PIECE, "1250", "0", 24, 60_000, "D-02-1", "690"),
            new Item("teslaMotor", "1491412-00-A", "门把手电机总成（Model 3）", "Door handle motor assembly (Model 3)", "特斯拉 Tesla",
                    PartOrigin.GENUINE, PartUnit.PIECE, "1250", "0", 12, 20_000, "E-01-1", List.of(new Terms(TESLA, 2, "720", true))),
            new Item("teslaFilter", "1107681-00-A", "空调滤芯（Model 3）", "Cabin air filter (Model 3)", "特斯拉 Tesla", PartOrigin.GENUINE,
                    PartUnit.SET, "298", "2", 6, 10_000, "E-01-2", List.of(new Terms(TESLA, 2, "160", true))));
}
