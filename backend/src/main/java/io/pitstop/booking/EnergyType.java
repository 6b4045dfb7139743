package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What moves the car: what the check-in reads at reception (the fuel gauge, or an EV's battery in per cent). */
@Schema(description = "What moves the car: PETROL, DIESEL and HYBRID have a fuel gauge, EV a battery (charge in %)")
public enum EnergyType {
    PETROL, DIESEL, HYBRID, EV;
}
