import { useApp } from "../../components/context";
import { businessModelOf, type TBusinessModel } from "../../models/business-model";
import { preloadBusinessSteps } from "../index";

let preloaded = false;

/** The business model of this widget (created with the first business step shown); warms the other business chunks. */
export function useBusiness(): TBusinessModel {
  if (!preloaded) {
    preloaded = true;
    setTimeout(preloadBusinessSteps, 0);
  }
  return businessModelOf(useApp().model);
}
