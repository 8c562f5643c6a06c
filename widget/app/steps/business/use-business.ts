import { useApp } from "../../components/context";
import { businessModelOf, type TBusinessModel } from "../../models/business-model";

/** The business model of this widget, created with the first business step shown. */
export function useBusiness(): TBusinessModel {
  return businessModelOf(useApp().model);
}
