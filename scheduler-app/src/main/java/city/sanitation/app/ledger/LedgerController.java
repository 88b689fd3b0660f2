package city.sanitation.app.ledger;

import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.ledger.BlindSpotLedger.DuplicateRequest;
import city.sanitation.app.ledger.BlindSpotLedger.RejectRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

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
        // Encoded from the validated id: nothing about the answer can fail once the report is stored.
        URI location = UriComponentsBuilder.fromPath("/api/districts/{districtId}/blind-spots/{id}")
                .buildAndExpand(districtId, spot.id())
                .encode()
                .toUri();
        return ResponseEntity.created(location).body(spot);
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

    /** Takes a report off the ledger without work, with the dispatcher's reason (销号). */
    @PreAuthorize("@access.dispatch(#districtId)")
    @PostMapping("/api/districts/{districtId}/blind-spots/{id}/reject")
    BlindSpot reject(@PathVariable String districtId, @PathVariable String id, @RequestBody RejectRequest request) {
        return ledger.reject(districtId, id, request, current.username());
    }

    /** Closes a report as a duplicate of another report of the district, with the dispatcher's reason. */
    @PreAuthorize("@access.dispatch(#districtId)")
    @PostMapping("/api/districts/{districtId}/blind-spots/{id}/duplicate")
    BlindSpot markDuplicate(
            @PathVariable String districtId, @PathVariable String id, @RequestBody DuplicateRequest request) {
        return ledger.markDuplicate(districtId, id, request, current.username());
    }
}
