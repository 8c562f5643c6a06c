import { useApp } from "./context";

/**
 * One polite live region for saves, status changes and error summaries
 * (WCAG 2.2 SC 4.1.3 status messages). It is always in the DOM: screen readers
 * announce changes only in a region that existed before the change.
 */
export function LiveRegion() {
  const { model, i18n } = useApp();
  const announcement = model.announcement.value;
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement ? i18n.t(announcement.key, announcement.values) : ""}
    </div>
  );
}
