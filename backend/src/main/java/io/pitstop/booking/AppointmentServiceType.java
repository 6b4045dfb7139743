package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "The service booked, with the shop's current price range for it", requiredProperties = {"code", "nameZh", "nameEn", "durationMinutes"})
public record AppointmentServiceType(@Schema(examples = "MINOR_SERVICE") String code, @Schema(examples = "小保养") String nameZh,
                                     @Schema(examples = "Minor service") String nameEn, @Schema(examples = "60") int durationMinutes,
                                     @Schema(description = "Lowest price, yuan; absent: quoted at reception", examples = "380") BigDecimal priceMin,
                                     @Schema(description = "Highest price, yuan; absent with a priceMin: \"from priceMin\"", examples = "680") BigDecimal priceMax) {
}
