package io.pitstop.shop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The shop's name, contact, time zone and weekly opening hours")
public record ShopSettingsRequest(
        @NotBlank @Size(max = 80) @Schema(examples = "星途汽车 4S 店") String name,
        @Size(max = 80) @Schema(description = "The name in the English UI; absent: unchanged; blank: none (the name in every language)", examples = "Xingtu Auto 4S") String nameEn,
        @NotBlank @Size(max = 40) @Schema(examples = "Asia/Shanghai") String timeZone,
        @NotNull @Size(max = 20) @Schema(examples = "021-55550000") String phone,
        @NotNull @Size(max = 200) @Schema(examples = "上海市浦东新区张江路 88 号") String address,
        @Size(max = 20) @Schema(description = "Emergency / rescue line while the shop is closed; blank or absent: none",
                examples = "400-800-1234") String emergencyPhone,
        @NotNull @Size(max = 7) List<@Valid @NotNull OpeningHours> openingHours) {
}
