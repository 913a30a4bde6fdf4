import { StatusCard } from "@/components/ui/status-card";

/** Inside the desk a missing page keeps the navigation, so the way on is one click. */
export default function DeskNotFound() {
  return (
    <StatusCard title="Page not found">
      <p>The page you asked for does not exist, was moved, or is not shared with you.</p>
    </StatusCard>
  );
}
