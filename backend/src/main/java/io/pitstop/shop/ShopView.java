package io.pitstop.shop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The dealership's configuration: what bookings are made against", requiredProperties = {"name", "timeZone", "phone", "address", "openingHours", "closedDays", "bays", "serviceTypes"})
public record ShopView(
        @Schema(examples = "星途汽车 4S 店") String name,
        @Schema(description = "The name in the English UI, when the shop gave one", examples = "Xingtu Auto 4S") String nameEn,
        @Schema(description = "IANA time zone of every opening hour and booking", examples = "Asia/Shanghai") String timeZone,
        @Schema(examples = "021-55550000") String phone,
        @Schema(examples = "上海市浦东新区张江路 88 号") String address,
        @Schema(description = "Emergency / rescue line for a car that will not start or is unsafe while the shop is closed; absent when not set",
                examples = "400-800-1234") String emergencyPhone,
        @Schema(description = "By weekday; a weekday without an entry is closed") List<OpeningHours> openingHours,
        @Schema(description = "Closed dates from today on") List<ClosedDay> closedDays,
        List<BayView> bays,
        List<ServiceTypeView> serviceTypes) {
}
