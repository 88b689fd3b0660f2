package city.sanitation.app.ledger;

import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.security.CurrentAccount;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The blind-spot ledger for residents' hotline, grid workers, patrols and dispatchers. */
@RestController
class LedgerController {

    private final BlindSpotLedger ledger;
    private final DistrictRepository districts;

    private final CurrentAccount current;

    LedgerController(BlindSpotLedger ledger, DistrictRepository districts, CurrentAccount current) {
        this.current = current;
        this.ledger = ledger;
        this.districts = districts;
    }

    @PreAuthorize("@access.report(#districtId)")
    @PostMapping("/api/districts/{districtId}/blind-spots")
    ResponseEntity<BlindSpot> report(@PathVariable String districtId, @RequestBody NewBlindSpot report) {
        districts.get(districtId);
        BlindSpot spot = ledger.report(districtId, report, current.username());
        return ResponseEntity.created(URI.create("/api/districts/" + districtId + "/blind-spots/" + spot.id()))
                .body(spot);
    }

    @PreAuthorize("@access.read(#districtId)")
    @GetMapping("/api/districts/{districtId}/blind-spots")
    List<BlindSpot> list(@PathVariable String districtId, @RequestParam(required = false) Set<BlindSpotStatus> status) {
        districts.get(districtId);
        return ledger.list(districtId, status == null ? EnumSet.noneOf(BlindSpotStatus.class) : status);
    }

    @PreAuthorize("@access.read(#districtId)")
    @GetMapping("/api/districts/{districtId}/blind-spots/overdue")
    List<BlindSpot> overdue(@PathVariable String districtId) {
        districts.get(districtId);
        return ledger.overdue(districtId);
    }

    @PreAuthorize("@access.read(#districtId)")
    @GetMapping("/api/districts/{districtId}/blind-spots/{id}")
    BlindSpot get(@PathVariable String districtId, @PathVariable String id) {
        return ledger.get(districtId, id);
    }

    @PreAuthorize("@access.read(#districtId)")
    @GetMapping("/api/districts/{districtId}/blind-spots/{id}/history")
    List<LedgerEvent> history(@PathVariable String districtId, @PathVariable String id) {
        return ledger.history(districtId, id);
    }

    /** Closes a report that a crew marked done; the request names the crew that confirms it. */
    @PreAuthorize("@access.dispatch(#districtId)")
    @PostMapping("/api/districts/{districtId}/blind-spots/{id}/close")
    BlindSpot close(
            @PathVariable String districtId,
            @PathVariable String id,
            @RequestBody BlindSpotLedger.CloseRequest request) {
        return ledger.close(districtId, id, request, current.username());
    }
}
